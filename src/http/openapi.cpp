#include "openapi.hpp"

namespace stride::http {

// Written by hand, as the contract it is; HttpOpenApi.DescribesEveryRouteAndNoOther keeps it and
// the routes table equal.
std::string_view openapi_document() {
  return R"json({
  "openapi": "3.1.0",
  "info": {
    "title": "Stride",
    "version": "1",
    "description": "Strength, mobility and injury-prevention coaching for runners. Errors are {\"error\": {\"code\", \"message\", \"field\"}} (api.md section 2)."
  },
  "paths": {
    "/healthz": {
      "get": {
        "summary": "The server is up (the store is not touched).",
        "responses": {"200": {"description": "{\"status\": \"ok\"}", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}}
      }
    },
    "/api/v1/openapi.json": {
      "get": {
        "summary": "This document.",
        "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}}}
      }
    },
    "/api/v1/exercises": {
      "get": {
        "summary": "The exercise library (stride.exercises.v1), optionally by movement pattern and the equipment at hand.",
        "parameters": [
          {"name": "pattern", "in": "query", "required": false, "schema": {"type": "string"}, "description": "a pattern's contract spelling, e.g. squat"},
          {"name": "equipment", "in": "query", "required": false, "schema": {"type": "string"}, "description": "comma-separated equipment spellings; only exercises doable with them (bodyweight always)"}
        ],
        "responses": {
          "200": {"description": "stride.exercises.v1", "content": {"application/json": {}}},
          "400": {"$ref": "#/components/responses/InvalidInput"}
        }
      }
    },
    "/api/v1/accounts": {
      "post": {"summary": "Sign up: {email, password, display_name, role}; signs in (session cookie).", "requestBody": {"$ref": "#/components/requestBodies/Json"},
        "responses": {"201": {"$ref": "#/components/responses/SignedIn"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "409": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/session": {
      "post": {"summary": "Sign in: {email, password}; sets the session cookie stride_session.", "requestBody": {"$ref": "#/components/requestBodies/Json"},
        "responses": {"200": {"$ref": "#/components/responses/SignedIn"}, "401": {"$ref": "#/components/responses/Error"}, "429": {"$ref": "#/components/responses/Error"}}},
      "delete": {"summary": "Sign out: revokes the cookie's session.", "responses": {"204": {"description": "signed out"}, "401": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/me": {
      "get": {"summary": "The caller's account and the session's CSRF token (null with a Bearer token).", "responses": {"200": {"$ref": "#/components/responses/SignedIn"}, "401": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/tokens": {
      "post": {"summary": "A personal API token {name}: 201 {id, name, token}, the token shown once.", "requestBody": {"$ref": "#/components/requestBodies/Json"},
        "responses": {"201": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}}},
      "get": {"summary": "{tokens: [{id, name, created, last_used}]}, never the tokens.", "responses": {"200": {"$ref": "#/components/responses/Json"}}}
    },
    "/api/v1/tokens/{id}": {
      "delete": {"summary": "Deletes one of the caller's tokens.", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"204": {"description": "deleted"}, "404": {"$ref": "#/components/responses/Error"}}}
    }
  },
  "components": {
    "schemas": {
      "Health": {"type": "object", "properties": {"status": {"const": "ok"}}, "required": ["status"]},
      "Error": {
        "type": "object",
        "properties": {
          "error": {
            "type": "object",
            "properties": {
              "code": {"type": "string"},
              "message": {"type": "string"},
              "field": {"type": ["string", "null"]}
            },
            "required": ["code", "message", "field"]
          }
        },
        "required": ["error"]
      }
    },
    "parameters": {
      "Id": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}},
      "AccountId": {"name": "account_id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}},
      "Code": {"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}
    },
    "requestBodies": {
      "Json": {"required": true, "content": {"application/json": {}}},
      "Bytes": {"required": true, "content": {"application/octet-stream": {}}}
    },
    "responses": {
      "Json": {"description": "a JSON document (docs/http.md)", "content": {"application/json": {}}},
      "SignedIn": {"description": "{account: {id, email, display_name, role}, csrf_token}", "content": {"application/json": {}}},
      "Error": {"description": "the error document", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "InvalidInput": {"description": "invalid_input: field names the JSON path or parameter", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    }
  }
}
)json";
}

}  // namespace stride::http
