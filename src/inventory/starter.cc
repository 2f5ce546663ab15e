#include "inventory/starter.h"

#include <string_view>

#include "inventory/schema.h"

namespace appmix::inventory {
namespace {

// Small enough to read in a minute, yet it shows every section and gives
// `appmix overlap` and `appmix recommend` something to find: two survey
// tools overlap, and the contact-centre candidate could replace a point
// product. It passes `appmix check --strict` as written.
constexpr std::string_view kStarterInventory =
    R"yaml(# yaml-language-server: $schema=appmix.schema.json
# A starter appmix inventory. Replace the examples with your own apps, then:
#   appmix check inventory.yaml       validate the file
#   appmix overlap inventory.yaml     which apps duplicate which capabilities
#   appmix recommend inventory.yaml   what to keep, retire and add
# `appmix schema` prints the whole format as a JSON Schema; the copy in
# appmix.schema.json lets your editor flag mistakes as you type.
appmix: 1
organisation: Example Ltd
currency: EUR
horizon_years: 3            # running costs are compared over 3 years

business_units:             # ids: lower-case letters, digits, '.', '_', '-'
  - id: sales
    name: Sales
  - id: service
    name: Customer service

channels:
  - id: web
    name: Website
  - id: phone
    name: Contact centre (phone)

capabilities:               # a tree: groups have no parent, leaves name one
  - id: feedback
    name: Customer feedback
    domain: feedback
  - id: feedback.surveys
    name: Surveys
    parent: feedback
    data: x-data            # experience data (surveys, reviews)
  - id: service.cases
    name: Case management
    data: o-data            # operational data (orders, tickets)
    needed_by: all          # every unit must keep it
  - id: service.chat
    name: Web chat
    channels: [web]         # must be reachable on the website

apps:
  - id: crm
    name: Customer CRM
    vendor: Example CRM Inc.
    business_units: all
    capabilities: [service.cases]
    cost: {annual: 60000, retire: 40000}
    data: [personal, o-data]
    owner: CRM team
  - id: survey-pro
    name: SurveyPro
    vendor: SurveyPro
    business_units: [sales]
    capabilities: [feedback.surveys]
    cost: {annual: 12000, retire: 2000}
    contract_end: 2027-03-31
    data: [personal, x-data]
    owner: Marketing
  - id: quick-poll
    name: QuickPoll
    vendor: QuickPoll
    business_units: [service]
    capabilities: [feedback.surveys]
    cost: {annual: 4800}
    origin: bu-purchase     # bought by the unit on its own
    data: [x-data]
    owner: Service desk
  - id: live-chat
    name: LiveChat widget
    vendor: ChatCo
    business_units: [service]
    capabilities: [service.chat]
    channels: [web]
    cost: {annual: 9000, retire: 1000}
    integrations: [crm]
    fit: {functional: 2, technical: 3}
    owner: Service desk

candidates:                 # apps you could add instead
  - id: cc-suite
    name: Contact-centre suite
    vendor: Example CX
    capabilities: [service.chat, feedback.surveys]
    channels: [web, phone]
    cost: {annual: 15000, acquire: 5000}

journeys:
  - id: support
    name: Get help with an order
    business_unit: service
    steps:
      - name: Ask on the website
        channel: web
        capabilities: [service.chat]
        apps: [live-chat]
      - name: Rate the help
        capabilities: [feedback.surveys]
        apps: [quick-poll]

policies:
  require_owner: true       # every app names an owner
  # max_providers:
  #   feedback.surveys: 1   # one survey platform for the whole organisation
)yaml";

}  // namespace

std::vector<StarterFile> starter_files() {
  return {
      {"inventory.yaml", std::string(kStarterInventory)},
      {"appmix.schema.json", std::string(inventory_json_schema())},
  };
}

}  // namespace appmix::inventory
