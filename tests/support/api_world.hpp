#pragma once

// A world of accounts around one runner's athlete, made through the API itself: the owner, another
// runner, a coach never invited, a coach invited and accepted, a coach accepted and then revoked,
// and a Bearer token of the owner.
#include <fstream>
#include <sstream>

#include "loopback_api.hpp"

namespace stride::testing {

inline std::string file_text(const std::string& relative) {
  std::ifstream in(std::string(STRIDE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct ApiWorld {
  LoopbackApi& api;
  Credentials owner = api.sign_up("owner@example.org", "runner", "Ana");
  Credentials other = api.sign_up("other@example.org", "runner", "Bo");
  Credentials coach_before = api.sign_up("before@example.org", "coach", "Cy");
  Credentials coach_after = api.sign_up("after@example.org", "coach", "Di");
  Credentials coach_revoked = api.sign_up("revoked@example.org", "coach", "Ed");
  Credentials anonymous;
  Credentials bearer;
  std::int64_t athlete = 0;
  std::int64_t coach_after_id = 0;
  std::int64_t coach_revoked_id = 0;

  explicit ApiWorld(LoopbackApi& loopback) : api(loopback) {
    const auto created = api.send("POST", "/api/v1/athletes", file_text("examples/athlete.json"), owner);
    EXPECT_EQ(created.status, 201) << created.body;
    athlete = created.json().at("id").get<std::int64_t>();
    coach_after_id = invite_and_accept(coach_after);
    coach_revoked_id = invite_and_accept(coach_revoked);
    EXPECT_EQ(api.send("DELETE", path("/coaches/" + std::to_string(coach_revoked_id)), {}, owner).status, 204);
    bearer.bearer = api.send("POST", "/api/v1/tokens", R"({"name":"script"})", owner).json().at("token");
  }

  // The path of the athlete followed by `rest`.
  [[nodiscard]] std::string path(const std::string& rest = {}) const {
    return "/api/v1/athletes/" + std::to_string(athlete) + rest;
  }

  std::int64_t invite_and_accept(const Credentials& coach) {
    const auto invitation = api.send("POST", "/api/v1/invitations", {}, coach);
    EXPECT_EQ(invitation.status, 201) << invitation.body;
    const std::string code = invitation.json().at("code");
    const auto accepted = api.send("POST", "/api/v1/invitations/" + code + "/accept",
                                   nlohmann::json{{"athlete_id", athlete}}.dump(), owner);
    EXPECT_EQ(accepted.status, 200) << accepted.body;
    return accepted.json().at("coach").at("id").get<std::int64_t>();
  }
};

}  // namespace stride::testing
