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
    "responses": {
      "InvalidInput": {"description": "invalid_input: field names the JSON path or parameter", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    }
  }
}
)json";
}

}  // namespace stride::http
