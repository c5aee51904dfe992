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
    "/readyz": {
      "get": {
        "summary": "The server can answer: the database is reached and records the schema this program writes. 200 {status: ready, schema_version}; 503 otherwise (the store is asked, unlike /healthz).",
        "responses": {"200": {"$ref": "#/components/responses/Json"}, "503": {"$ref": "#/components/responses/Error"}}
      }
    },
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
      "get": {"summary": "The caller's account and the session's CSRF token (null with a Bearer token).", "responses": {"200": {"$ref": "#/components/responses/SignedIn"}, "401": {"$ref": "#/components/responses/Error"}}},
      "delete": {"summary": "Deletes the caller's account after checking {password}: its sessions, tokens and every athlete it owns with their data.", "requestBody": {"$ref": "#/components/requestBodies/Json"}, "responses": {"204": {"description": "deleted"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/tokens": {
      "post": {"summary": "A personal API token {name}: 201 {id, name, token}, the token shown once.", "requestBody": {"$ref": "#/components/requestBodies/Json"},
        "responses": {"201": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}}},
      "get": {"summary": "{tokens: [{id, name, created, last_used}]}, never the tokens.", "responses": {"200": {"$ref": "#/components/responses/Json"}}}
    },
    "/api/v1/tokens/{id}": {
      "delete": {"summary": "Deletes one of the caller's tokens.", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"204": {"description": "deleted"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes": {
      "get": {"summary": "The athletes the caller may see: {athletes: [{id, name, owner}]}.", "responses": {"200": {"$ref": "#/components/responses/Json"}, "401": {"$ref": "#/components/responses/Error"}}},
      "post": {"summary": "Creates an athlete owned by the caller from a contract 3.1 document: 201 {id, athlete}.", "requestBody": {"$ref": "#/components/requestBodies/Json"}, "responses": {"201": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "401": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}": {
      "get": {"summary": "The athlete: {id, athlete} (owner, coach).", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"200": {"$ref": "#/components/responses/Json"}, "404": {"$ref": "#/components/responses/Error"}}},
      "put": {"summary": "Replaces the athlete document (owner, coach): {id, athlete}, with its version as ETag. With If-Match of a version that is gone: 409 {error, current: {version}}.", "parameters": [{"$ref": "#/components/parameters/Id"}, {"$ref": "#/components/parameters/IfMatch"}], "requestBody": {"$ref": "#/components/requestBodies/Json"}, "responses": {"200": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "404": {"$ref": "#/components/responses/Error"}}},
      "delete": {"summary": "Deletes the athlete and everything of it (owner).", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"204": {"description": "done"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/export": {
      "get": {"summary": "Everything stored about the athlete (owner): stride.export.v1.", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"200": {"$ref": "#/components/responses/Json"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/running-calendar": {
      "put": {"summary": "Replaces the running calendar, contract 3.2 (owner, coach), with its version as ETag. With If-Match of a version that is gone: 409 {error, current: {version}}.", "parameters": [{"$ref": "#/components/parameters/Id"}, {"$ref": "#/components/parameters/IfMatch"}], "requestBody": {"$ref": "#/components/requestBodies/Json"}, "responses": {"200": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "404": {"$ref": "#/components/responses/Error"}}},
      "get": {"summary": "The running calendar (owner, coach); 404 when none is stored.", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"200": {"$ref": "#/components/responses/Json"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/assessments": {
      "post": {"summary": "Stores an assessment, contract 3.3: 201 stride.assessment.v1 with id (owner, coach).", "parameters": [{"$ref": "#/components/parameters/Id"}], "requestBody": {"$ref": "#/components/requestBodies/Json"}, "responses": {"201": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "404": {"$ref": "#/components/responses/Error"}}},
      "get": {"summary": "{assessments: [{id, date, assessment, result: stride.assessment.v1}]}, oldest first (owner, coach).", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"200": {"$ref": "#/components/responses/Json"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/plans": {
      "post": {"summary": "Builds and stores a plan from {start?}: 201 stride.plan.v1 with ETag \"plan-N\" (owner, coach). With If-Match of a plan that is no longer the latest: 409 with the current version.", "parameters": [{"$ref": "#/components/parameters/Id"}, {"$ref": "#/components/parameters/IfMatch"}], "requestBody": {"$ref": "#/components/requestBodies/Json"}, "responses": {"201": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/plans/current": {
      "get": {"summary": "The latest plan, stride.plan.v1, with its version as ETag \"plan-N\"; 404 when none (owner, coach).", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"200": {"$ref": "#/components/responses/Json"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/plans/current/sessions/{date}/{file}": {
      "get": {"summary": "The strength session at place N (from 0) of the day's sessions in the plan in effect on {date}, {file} = N.fit, as a FIT workout file (application/vnd.ant.fit, an attachment); 404 when there is no such strength session (owner, coach).", "parameters": [{"$ref": "#/components/parameters/Id"}, {"name": "date", "in": "path", "required": true, "schema": {"type": "string", "format": "date"}}, {"name": "file", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[0-9]{1,3}\\.fit$"}}], "responses": {"200": {"description": "The FIT workout file.", "content": {"application/vnd.ant.fit": {"schema": {"type": "string", "format": "binary"}}}}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/plans/current/changes": {
      "post": {"summary": "Changes the current plan (owner, coach): {kind: swap|move|skip|add|dose, session: {date, index}, reason, to?, exercise?, replacement?, dose?: {sets, reps, hold_s, contacts, load_kg}}; checked by the planner's rules (400 naming the field and the rule); 201 {change, plan_id} with ETag \"plan-N\". Later re-plans make it again. With If-Match of a plan that is no longer the latest: 409 {error, current: {plan_id}}.", "parameters": [{"$ref": "#/components/parameters/Id"}, {"$ref": "#/components/parameters/IfMatch"}], "requestBody": {"$ref": "#/components/requestBodies/Json"}, "responses": {"201": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "404": {"$ref": "#/components/responses/Error"}}},
      "get": {"summary": "{changes: [{id, kind, session, session_title, reason, author: {id, display_name}, made, conflict, to?, exercise?, replacement?, dose?}]}, oldest first; conflict says why a re-plan could not make it again (owner, coach).", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"200": {"$ref": "#/components/responses/Json"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/plans/current/sessions/{date}/{index}/swaps": {
      "get": {"summary": "The exercises the item of ?exercise= in the session at place {index} (from 0) of {date} may be swapped for: {exercise, options: [{id, name, level, relation: easier|alternative|harder}]} (owner, coach).", "parameters": [{"$ref": "#/components/parameters/Id"}, {"name": "date", "in": "path", "required": true, "schema": {"type": "string", "format": "date"}}, {"name": "index", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 0}}, {"name": "exercise", "in": "query", "required": true, "schema": {"type": "string"}}], "responses": {"200": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/activities": {
      "post": {"summary": "Logs one contract 3.4 activity (owner): 201 the stored activity, 200 the one stored with the same client_id.", "parameters": [{"$ref": "#/components/parameters/Id"}], "requestBody": {"$ref": "#/components/requestBodies/Json"}, "responses": {"201": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}},
      "get": {"summary": "{activities: [...]} with dates in ?from=&to= (owner, coach).", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"200": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/activities/{activity_id}": {
      "patch": {"summary": "Rates one activity's session RPE {rpe: 0 to 10} (owner): the activity as stored.", "parameters": [{"$ref": "#/components/parameters/Id"}, {"$ref": "#/components/parameters/ActivityId"}], "requestBody": {"$ref": "#/components/requestBodies/Json"}, "responses": {"200": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/activities/files": {
      "post": {"summary": "Imports one FIT, GPX or TCX file (owner): 201 stride.import.v1 plus activity_ids; 409 when already imported.", "parameters": [{"$ref": "#/components/parameters/Id"}], "requestBody": {"$ref": "#/components/requestBodies/Bytes"}, "responses": {"201": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/pain": {
      "post": {"summary": "Logs one contract 3.4 pain entry (owner): 201, or 200 for a repeated client_id.", "parameters": [{"$ref": "#/components/parameters/Id"}], "requestBody": {"$ref": "#/components/requestBodies/Json"}, "responses": {"201": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}},
      "get": {"summary": "{pain: [...]} with dates in ?from=&to= (owner, coach).", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"200": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/status": {
      "get": {"summary": "stride.status.v1 on ?date= (default today) (owner, coach).", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"200": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/load": {
      "get": {"summary": "stride.load.v1 of the stored log (owner, coach).", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"200": {"$ref": "#/components/responses/Json"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/coaches": {
      "get": {"summary": "The athlete's coaches (owner): {coaches: [{account_id, display_name}]}.", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"200": {"$ref": "#/components/responses/Json"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/coaches/{account_id}": {
      "delete": {"summary": "Revokes a coach (owner).", "parameters": [{"$ref": "#/components/parameters/Id"}, {"$ref": "#/components/parameters/AccountId"}], "responses": {"204": {"description": "done"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/calendar-feed": {
      "post": {"summary": "Makes the athlete's calendar feed, replacing any earlier secret (owner): 201 {url, created}; url is the absolute /calendar/{secret}.ics, shown this once.", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"201": {"$ref": "#/components/responses/Json"}, "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}},
      "get": {"summary": "Whether the athlete has a calendar feed (owner): {active, created}, never the secret.", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"200": {"$ref": "#/components/responses/Json"}, "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}},
      "delete": {"summary": "Turns the calendar feed off (owner): its URL answers 404 from now on.", "parameters": [{"$ref": "#/components/parameters/Id"}], "responses": {"204": {"description": "done"}, "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/notes": {
      "get": {"summary": "The athlete's notes, oldest first, with how many of them the caller has not read (owner, coach): {notes: [{id, author: {id, display_name}, written, session: {date, index} | null, text, mine}], unread}. ?thread=runner gives the notes about no session, ?session=YYYY-MM-DD/N one session's thread; neither gives every note.", "parameters": [{"$ref": "#/components/parameters/Id"}, {"name": "thread", "in": "query", "required": false, "schema": {"const": "runner"}}, {"name": "session", "in": "query", "required": false, "schema": {"type": "string"}, "description": "YYYY-MM-DD/N: the plan day and the session's place in it, from 0"}], "responses": {"200": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}},
      "post": {"summary": "Writes a note {text, session?: {date, index}} (owner, coach): 201 the note. text is 1 to 2000 characters once trimmed; session must name a planned session.", "parameters": [{"$ref": "#/components/parameters/Id"}], "requestBody": {"$ref": "#/components/requestBodies/Json"}, "responses": {"201": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/notes/read": {
      "post": {"summary": "Marks the athlete's notes read by the caller up to and including {through} (owner, coach); a mark never moves back.", "parameters": [{"$ref": "#/components/parameters/Id"}], "requestBody": {"$ref": "#/components/requestBodies/Json"}, "responses": {"204": {"description": "done"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/calendar/{secret}.ics": {
      "get": {"summary": "The athlete's current plan as iCalendar (RFC 5545, as stride plan --format ics), without signing in: the secret is the credential. A calendar without events while no plan is stored.", "security": [], "parameters": [{"name": "secret", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"200": {"description": "the calendar", "content": {"text/calendar": {}}}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/invitations": {
      "post": {"summary": "A single-use invitation code valid 7 days (coach): 201 {code, expires}.", "responses": {"201": {"$ref": "#/components/responses/Json"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/invitations/{code}/accept": {
      "post": {"summary": "Accepts an invitation for one of the runner's athletes {athlete_id}: {athlete_id, coach: {id, display_name}}.", "parameters": [{"$ref": "#/components/parameters/Code"}], "requestBody": {"$ref": "#/components/requestBodies/Json"}, "responses": {"200": {"$ref": "#/components/responses/Json"}, "400": {"$ref": "#/components/responses/InvalidInput"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/athletes/{id}/handover": {
      "post": {"summary": "A single-use code handing an athlete the coach made over to the runner's own account, valid 7 days (the owning coach): 201 {code, expires}; replaces the athlete's earlier code. 404 for anyone but the owner, 403 when the owner is a runner.", "parameters": [{"$ref": "#/components/parameters/Id"}], "requestBody": {"$ref": "#/components/requestBodies/Json"}, "responses": {"201": {"$ref": "#/components/responses/Json"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/handovers/{code}/accept": {
      "post": {"summary": "The runner takes over the athlete the coach made (runner without a profile of their own): {athlete_id, name, coach: {id, display_name}}; the coach keeps coach access. 404 unknown code, 409 spent or expired code or a runner owning a profile already, 403 a coach account.", "parameters": [{"$ref": "#/components/parameters/Code"}], "requestBody": {"$ref": "#/components/requestBodies/Json"}, "responses": {"200": {"$ref": "#/components/responses/Json"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
    },
    "/api/v1/roster": {
      "get": {"summary": "The coach's athletes: {athletes: [{id, name, owner, next_race, phase, compliance_7d, compliance_28d, flags, last_activity, worst_flag, week_sessions, latest_pain, weekly_load, attention: [warning_flag | rising_pain | missed_sessions | no_recent_activity], unread_notes}]}; unread_notes counts the runner's notes the coach has not read.", "responses": {"200": {"$ref": "#/components/responses/Json"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}
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
      "ActivityId": {"name": "activity_id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}},
      "Code": {"name": "code", "in": "path", "required": true, "schema": {"type": "string"}},
      "IfMatch": {"name": "If-Match", "in": "header", "required": false, "description": "The document's version as its ETag gave it (\"plan-N\", \"athlete-...\", \"calendar-...\"), or *; a version that is no longer the current one is refused with 409.", "schema": {"type": "string"}}
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
