#include "inventory/schema.h"

namespace appmix::inventory {
namespace {

// Kept as literal JSON so that the text printed by `appmix schema` is exactly
// what is reviewed here. Siblings of "$ref" only carry titles and
// descriptions for editor hover; draft-07 ignores them when validating.
// Ids also accept non-negative numbers because an unquoted id such as 2024
// or 2.1 (a valid id) is a number to a YAML 1.2 reader; free text accepts
// any scalar for the same reason. Optional keys also accept null because the
// loader reads an optional key written with no value as absent. Limits
// (min_providers, policy limits, money) are the loader's.
constexpr std::string_view kSchema = R"json({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "appmix inventory, version 1",
  "description": "An appmix inventory, or one part of a directory inventory. No top-level key is required here because each part of a directory may hold any subset; `appmix check` verifies that the merged inventory has appmix: 1, organisation, business_units, capabilities and apps.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "appmix": {
      "title": "Format version",
      "description": "The inventory format version. Write `appmix: 1` in at least one part.",
      "const": 1
    },
    "organisation": {
      "title": "Organisation",
      "description": "Name shown in reports. Required in one part of the inventory.",
      "anyOf": [{"$ref": "#/definitions/text"}, {"type": "null"}]
    },
    "currency": {
      "title": "Currency",
      "description": "ISO 4217 code; all money in the inventory is in this currency. Default EUR.",
      "type": ["string", "null"],
      "pattern": "^[A-Z]{3}$",
      "default": "EUR"
    },
    "horizon_years": {
      "title": "Horizon (years)",
      "description": "Years over which running costs are counted when comparing options: more than 0, at most 100. Default 3.",
      "type": ["number", "null"],
      "exclusiveMinimum": 0,
      "default": 3,
      "maximum": 100
    },
    "as_of": {
      "title": "Review date",
      "description": "YYYY-MM-DD: the date the horizon starts and contracts are counted from. --as-of overrides it; without either, today's date (UTC).",
      "anyOf": [{"$ref": "#/definitions/date"}, {"type": "null"}]
    },
    "discount_rate": {
      "title": "Discount rate",
      "description": "Yearly rate for present values, 0.08 for 8 %: at least 0, at most 1, at most 6 decimals. Default 0 (money is simply summed).",
      "type": ["number", "null"],
      "minimum": 0,
      "maximum": 1,
      "default": 0
    },
    "notice_days": {
      "title": "Notice (days)",
      "description": "Default notice period of the apps' contracts: notice must be given this many days before a contract end to leave then. 0 to 3650. Default 0.",
      "type": ["integer", "null"],
      "minimum": 0,
      "maximum": 3650,
      "default": 0
    },
    "renewal_months": {
      "title": "Renewal term (months)",
      "description": "Default term by which a contract renews when notice is not given in time. 1 to 120. Default 12.",
      "type": ["integer", "null"],
      "minimum": 1,
      "maximum": 120,
      "default": 12
    },
    "integration_cost": {
      "title": "Integration cost",
      "description": "One-off cost of building one new integration between two apps (the integration plan). Default 0.",
      "anyOf": [{"$ref": "#/definitions/money"}, {"type": "null"}]
    },
    "business_units": {
      "title": "Business units",
      "description": "The organisation's business units: list of {id, name}.",
      "type": ["array", "null"],
      "items": {"$ref": "#/definitions/business_unit"}
    },
    "channels": {
      "title": "Channels",
      "description": "Customer channels served, for example web, mobile, contact-centre, email, chat, social, store.",
      "type": ["array", "null"],
      "items": {"$ref": "#/definitions/channel"}
    },
    "capabilities": {
      "title": "Capability map",
      "description": "What the organisation must be able to do. Groups and leaves form a tree through `parent`.",
      "type": ["array", "null"],
      "items": {"$ref": "#/definitions/capability"}
    },
    "apps": {
      "title": "Applications",
      "description": "The applications in use today.",
      "type": ["array", "null"],
      "items": {"$ref": "#/definitions/app"}
    },
    "candidates": {
      "title": "Candidates",
      "description": "Applications not in use yet that could be added to fill gaps or replace several point products.",
      "type": ["array", "null"],
      "items": {"$ref": "#/definitions/candidate"}
    },
    "journeys": {
      "title": "Journeys",
      "description": "Customer journeys and their steps, for the systems-per-journey view.",
      "type": ["array", "null"],
      "items": {"$ref": "#/definitions/journey"}
    },
    "policies": {"anyOf": [{"$ref": "#/definitions/policies"}, {"type": "null"}]}
  },
  "definitions": {
    "id": {
      "title": "Id",
      "description": "Lower-case letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters. Ids are unique across units, channels, capabilities, apps, candidates and journeys.",
      "type": ["string", "number"],
      "pattern": "^[a-z0-9][a-z0-9._-]*$",
      "maxLength": 64,
      "minimum": 0
    },
    "id_list": {"type": "array", "items": {"$ref": "#/definitions/id"}},
    "units_or_all": {
      "description": "A list of business-unit ids, or the word `all`.",
      "anyOf": [{"const": "all"}, {"$ref": "#/definitions/id_list"}]
    },
    "text": {
      "description": "Free text (any scalar; quotes optional).",
      "type": ["string", "number", "boolean"]
    },
    "money": {
      "description": "A plain non-negative number in the inventory's currency (no symbols, no thousands separators), with no more decimals than the currency has (2 for EUR). At most 10^12.",
      "type": "number",
      "minimum": 0,
      "maximum": 1000000000000
    },
    "notice_days": {
      "title": "Notice (days)",
      "description": "Notice to give before contract_end to leave then. 0 to 3650. Default: the top-level notice_days.",
      "type": ["integer", "null"],
      "minimum": 0,
      "maximum": 3650
    },
    "renewal_months": {
      "title": "Renewal term (months)",
      "description": "Term by which the contract renews when notice is not given in time. 1 to 120. Default: the top-level renewal_months.",
      "type": ["integer", "null"],
      "minimum": 1,
      "maximum": 120
    },
    "date": {
      "description": "A date written YYYY-MM-DD.",
      "type": "string",
      "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
    },
    "score": {"type": "integer", "minimum": 1, "maximum": 5},
    "data_classes": {
      "title": "Data held",
      "description": "Data classes the app holds: personal, sensitive, payment, x-data (experience data: surveys, reviews, feedback), o-data (operational data: sales, orders, tickets).",
      "type": "array",
      "items": {"enum": ["personal", "sensitive", "payment", "x-data", "o-data"]}
    },
    "fit": {
      "title": "Fit scores",
      "description": "Scores 1..5 used for the TIME classification (Tolerate, Invest, Migrate, Eliminate).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "functional": {
          "title": "Functional fit",
          "description": "1..5: how well it serves the business.",
          "anyOf": [{"$ref": "#/definitions/score"}, {"type": "null"}]
        },
        "technical": {
          "title": "Technical fit",
          "description": "1..5: how sound it is technically.",
          "anyOf": [{"$ref": "#/definitions/score"}, {"type": "null"}]
        }
      }
    },
    "business_unit": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "name"],
      "properties": {"id": {"$ref": "#/definitions/id"}, "name": {"title": "Name", "$ref": "#/definitions/text"}}
    },
    "channel": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "name"],
      "properties": {"id": {"$ref": "#/definitions/id"}, "name": {"title": "Name", "$ref": "#/definitions/text"}}
    },
    "capability": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "name"],
      "properties": {
        "id": {"$ref": "#/definitions/id"},
        "name": {"title": "Name", "$ref": "#/definitions/text"},
        "parent": {
          "title": "Parent",
          "description": "Id of the group this capability belongs to. The tree is given by parent, not by dots in the id.",
          "anyOf": [{"$ref": "#/definitions/id"}, {"type": "null"}]
        },
        "domain": {
          "title": "Domain",
          "description": "Free label, e.g. feedback, service, marketing, analytics, commerce.",
          "anyOf": [{"$ref": "#/definitions/text"}, {"type": "null"}]
        },
        "data": {
          "title": "Data",
          "description": "x-data: experience data (surveys, reviews, feedback); o-data: operational data (sales, orders, tickets).",
          "enum": ["x-data", "o-data", null]
        },
        "needed_by": {
          "title": "Needed by",
          "description": "Units that must keep this capability, or `all`. Without it: every unit that has it today.",
          "anyOf": [{"$ref": "#/definitions/units_or_all"}, {"type": "null"}]
        },
        "min_providers": {
          "title": "Minimum providers",
          "description": "How many kept apps must provide it to each unit that needs it (resilience): 1 to 1000. Default 1.",
          "type": ["integer", "null"],
          "minimum": 1,
          "default": 1,
          "maximum": 1000
        },
        "channels": {
          "title": "Channels",
          "description": "The capability must be available on each of these channels.",
          "anyOf": [{"$ref": "#/definitions/id_list"}, {"type": "null"}]
        }
      }
    },
    "app": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "name", "business_units", "capabilities"],
      "properties": {
        "id": {"$ref": "#/definitions/id"},
        "name": {"title": "Name", "$ref": "#/definitions/text"},
        "vendor": {"title": "Vendor", "anyOf": [{"$ref": "#/definitions/text"}, {"type": "null"}]},
        "business_units": {
          "title": "Business units",
          "description": "Units that use it today: a list of unit ids, or `all`.",
          "$ref": "#/definitions/units_or_all"
        },
        "capabilities": {
          "title": "Capabilities",
          "description": "Capability ids it provides (may be empty). Naming a group provides the group only, not its children.",
          "$ref": "#/definitions/id_list"
        },
        "channels": {
          "title": "Channels",
          "description": "Channel ids where customers reach it.",
          "anyOf": [{"$ref": "#/definitions/id_list"}, {"type": "null"}]
        },
        "cost": {
          "title": "Cost",
          "type": ["object", "null"],
          "additionalProperties": false,
          "properties": {
            "annual": {
              "title": "Annual cost",
              "description": "Yearly licence plus running cost. Default 0.",
              "anyOf": [{"$ref": "#/definitions/money"}, {"type": "null"}]
            },
            "retire": {
              "title": "Retire cost",
              "description": "One-off cost to retire it (migration, exit fees). Default 0.",
              "anyOf": [{"$ref": "#/definitions/money"}, {"type": "null"}]
            }
          }
        },
        "users": {"title": "Users", "type": ["integer", "null"], "minimum": 0},
        "lifecycle": {
          "title": "Lifecycle",
          "description": "Default active.",
          "enum": ["plan", "active", "phase-out", "end-of-life", null],
          "default": "active"
        },
        "contract_end": {
          "title": "Contract end",
          "description": "YYYY-MM-DD: when the current contract term ends. A retired app is paid until it can leave: the first end (this date, or a renewal of it) whose notice deadline is on or after the review date.",
          "anyOf": [{"$ref": "#/definitions/date"}, {"type": "null"}]
        },
        "notice_days": {"$ref": "#/definitions/notice_days"},
        "renewal_months": {"$ref": "#/definitions/renewal_months"},
        "sanctioned": {
          "title": "Sanctioned",
          "description": "Approved and overseen by IT; false marks shadow IT. Default true.",
          "type": ["boolean", "null"],
          "default": true
        },
        "data": {"anyOf": [{"$ref": "#/definitions/data_classes"}, {"type": "null"}]},
        "integrations": {
          "title": "Integrations",
          "description": "Ids of apps it exchanges data with.",
          "anyOf": [{"$ref": "#/definitions/id_list"}, {"type": "null"}]
        },
        "fit": {"anyOf": [{"$ref": "#/definitions/fit"}, {"type": "null"}]},
        "origin": {
          "title": "Origin",
          "description": "How it arrived: purchase, acquisition, built, or bu-purchase (bought by a business unit on its own).",
          "enum": ["purchase", "acquisition", "built", "bu-purchase", null]
        },
        "shareable": {
          "title": "Shareable",
          "description": "Can be rolled out to other business units. Default true.",
          "type": ["boolean", "null"],
          "default": true
        },
        "locked": {
          "title": "Locked",
          "description": "Must be kept (strategic or regulatory). Default false.",
          "type": ["boolean", "null"],
          "default": false
        },
        "owner": {
          "title": "Owner",
          "description": "Accountable person or team.",
          "anyOf": [{"$ref": "#/definitions/text"}, {"type": "null"}]
        }
      }
    },
    "candidate": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "name", "capabilities"],
      "properties": {
        "id": {"$ref": "#/definitions/id"},
        "name": {"title": "Name", "$ref": "#/definitions/text"},
        "vendor": {"title": "Vendor", "anyOf": [{"$ref": "#/definitions/text"}, {"type": "null"}]},
        "capabilities": {
          "title": "Capabilities",
          "description": "Capability ids it would provide (may be empty).",
          "$ref": "#/definitions/id_list"
        },
        "channels": {
          "title": "Channels",
          "description": "Channel ids where customers would reach it.",
          "anyOf": [{"$ref": "#/definitions/id_list"}, {"type": "null"}]
        },
        "cost": {
          "title": "Cost",
          "type": ["object", "null"],
          "additionalProperties": false,
          "properties": {
            "annual": {
              "title": "Annual cost",
              "description": "Yearly licence plus running cost once added. Default 0.",
              "anyOf": [{"$ref": "#/definitions/money"}, {"type": "null"}]
            },
            "acquire": {
              "title": "Acquire cost",
              "description": "One-off cost of bringing it in. Default 0.",
              "anyOf": [{"$ref": "#/definitions/money"}, {"type": "null"}]
            }
          }
        },
        "contract_end": {"title": "Contract end", "anyOf": [{"$ref": "#/definitions/date"}, {"type": "null"}]},
        "notice_days": {"$ref": "#/definitions/notice_days"},
        "renewal_months": {"$ref": "#/definitions/renewal_months"},
        "sanctioned": {
          "title": "Sanctioned",
          "description": "Default true.",
          "type": ["boolean", "null"],
          "default": true
        },
        "data": {"anyOf": [{"$ref": "#/definitions/data_classes"}, {"type": "null"}]},
        "integrations": {
          "title": "Integrations",
          "description": "Ids of apps it would exchange data with.",
          "anyOf": [{"$ref": "#/definitions/id_list"}, {"type": "null"}]
        },
        "fit": {"anyOf": [{"$ref": "#/definitions/fit"}, {"type": "null"}]},
        "origin": {"title": "Origin", "enum": ["purchase", "acquisition", "built", "bu-purchase", null]},
        "locked": {
          "title": "Locked",
          "description": "true: the decision to add it is already taken; it is always added. Default false.",
          "type": ["boolean", "null"],
          "default": false
        },
        "owner": {"title": "Owner", "anyOf": [{"$ref": "#/definitions/text"}, {"type": "null"}]}
      }
    },
    "journey": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "name", "steps"],
      "properties": {
        "id": {"$ref": "#/definitions/id"},
        "name": {"title": "Name", "$ref": "#/definitions/text"},
        "business_unit": {
          "title": "Business unit",
          "description": "The unit that owns the journey (optional).",
          "anyOf": [{"$ref": "#/definitions/id"}, {"type": "null"}]
        },
        "steps": {"title": "Steps", "type": "array", "items": {"$ref": "#/definitions/step"}}
      }
    },
    "step": {
      "type": "object",
      "additionalProperties": false,
      "required": ["name"],
      "properties": {
        "name": {"title": "Name", "$ref": "#/definitions/text"},
        "channel": {
          "title": "Channel",
          "description": "Channel id of this step (optional).",
          "anyOf": [{"$ref": "#/definitions/id"}, {"type": "null"}]
        },
        "capabilities": {
          "title": "Capabilities",
          "description": "Capability ids this step needs.",
          "anyOf": [{"$ref": "#/definitions/id_list"}, {"type": "null"}]
        },
        "apps": {
          "title": "Apps",
          "description": "Ids of apps used at this step today (optional).",
          "anyOf": [{"$ref": "#/definitions/id_list"}, {"type": "null"}]
        },
        "actor": {
          "title": "Actor",
          "description": "Who performs the step: customer (default) or agent (an employee on the customer's behalf; counts towards the agent systems of the journey's unit).",
          "enum": ["customer", "agent", null],
          "default": "customer"
        }
      }
    },
    "policies": {
      "title": "Policies",
      "description": "Governance rules; a breach is a warning (an error with --strict). Parts of a directory inventory are merged key by key.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "max_providers": {
          "title": "Maximum providers",
          "description": "Capability id -> at most this many apps may provide it across the organisation (e.g. one survey platform).",
          "type": ["object", "null"],
          "propertyNames": {"pattern": "^[a-z0-9][a-z0-9._-]*$", "maxLength": 64},
          "additionalProperties": {"type": "integer", "minimum": 1, "maximum": 1000000}
        },
        "personal_data_requires_sanctioned": {
          "title": "Personal data requires sanctioned",
          "description": "An app holding personal or sensitive data must be sanctioned.",
          "type": ["boolean", "null"]
        },
        "max_systems_per_journey": {
          "title": "Maximum systems per journey",
          "description": "A journey may touch at most this many distinct apps.",
          "type": ["integer", "null"],
          "minimum": 1,
          "maximum": 1000000
        },
        "require_owner": {
          "title": "Require owner",
          "description": "Every app must name an owner.",
          "type": ["boolean", "null"]
        },
        "max_agent_systems": {
          "title": "Maximum agent systems",
          "description": "The agent steps of one business unit's journeys may use at most this many distinct apps.",
          "type": ["integer", "null"],
          "minimum": 1,
          "maximum": 1000000
        }
      }
    }
  }
}
)json";

}  // namespace

std::string_view inventory_json_schema() {
  return kSchema;
}

}  // namespace appmix::inventory
