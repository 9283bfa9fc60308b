// The citykg vocabulary: every IRI the project writes, entity kinds, roles and
// IRI minting. No other file spells an IRI (see STYLE.md, habit 7).
#ifndef CITYKG_ONTOLOGY_VOCAB_H_
#define CITYKG_ONTOLOGY_VOCAB_H_

#include <optional>
#include <string>
#include <string_view>

namespace citykg::ontology {

// Namespaces (CONTRACT.md §2).
inline constexpr std::string_view kCkg = "https://w3id.org/citykg/ontology#";
inline constexpr std::string_view kId = "https://w3id.org/citykg/id/";
inline constexpr std::string_view kOrg = "http://www.w3.org/ns/org#";
inline constexpr std::string_view kSchema = "http://schema.org/";
inline constexpr std::string_view kFoaf = "http://xmlns.com/foaf/0.1/";
inline constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view kDcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view kWd = "http://www.wikidata.org/entity/";
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

struct Prefix {
  std::string_view name;
  std::string_view iri;
};
// The prefixes every Turtle output and every SPARQL query starts with.
inline constexpr Prefix kPrefixes[] = {
    {"ckg", kCkg},         {"org", kOrg},   {"schema", kSchema}, {"foaf", kFoaf},
    {"prov", kProv},       {"skos", kSkos}, {"dcterms", kDcterms}, {"wd", kWd},
    {"rdf", kRdf},         {"rdfs", kRdfs}, {"owl", kOwl},       {"xsd", kXsd},
};

// Expands "ckg:Person" style names. Returns the full IRI.
std::string Iri(std::string_view ns, std::string_view local);

enum class EntityKind { kPerson, kCity, kRegion, kCountry, kOrganization, kEvent, kMeeting, kReport };
inline constexpr EntityKind kAllKinds[] = {EntityKind::kPerson,       EntityKind::kCity,  EntityKind::kRegion,
                                           EntityKind::kCountry,      EntityKind::kOrganization,
                                           EntityKind::kEvent,        EntityKind::kMeeting, EntityKind::kReport};
// "Person", "City", ... (the GraphML `type` and the class local name).
std::string_view KindName(EntityKind kind);
std::optional<EntityKind> KindFromName(std::string_view name);
// The class IRI (ckg:Person ...).
std::string KindClassIri(EntityKind kind);
// The path segment used in instance IRIs ("person", "place", ...).
std::string_view KindSegment(EntityKind kind);
inline bool IsLocalGovernment(EntityKind k) { return k == EntityKind::kCity || k == EntityKind::kRegion; }

enum class Role {
  kMayor,
  kDeputyMayor,
  kGovernor,
  kDeputyGovernor,
  kSecretaryGeneral,
  kPresident,
  kCoPresident,
  kCouncillor,
  kOther
};
// "Mayor", "DeputyMayor", ... "Other" (CONTRACT.md §4 names).
std::string_view RoleName(Role role);
std::optional<Role> RoleFromName(std::string_view name);
// ckg:Mayor ... ; for kOther an IRI minted from the written title.
std::string RoleIri(Role role, std::string_view title);
// Rank used to pick a delegation leader: lower is more senior.
int RoleRank(Role role);

// Relation kinds of the knowledge graph (GraphML `relation`).
enum class RelationKind { kPost, kMemberOf, kMetWith, kAttended, kCountry, kLocation, kOrganizer, kAgreement, kSource };
std::string_view RelationName(RelationKind kind);

// Turns a display name into the IRI-safe slug used in instance IRIs:
// letters and digits of any script are kept (case-folded for Latin), every
// other run of characters becomes one '_'. Stable across runs and corpora.
std::string Slug(std::string_view utf8_name);
// https://w3id.org/citykg/id/<segment>/<key>
std::string MintIri(EntityKind kind, std::string_view key);
// Instance IRIs of things that are not entities.
std::string MintIri(std::string_view segment, std::string_view key);

// A stable 64-bit FNV-1a hash as 16 hex digits, for IRIs of things that have no name (posts, meetings, evidence).
std::string StableHash(std::string_view text);

// Locates a data file: $CITYKG_DATA, then the source tree, then the install prefix.
std::string DataPath(std::string_view file_name);

}  // namespace citykg::ontology

#endif  // CITYKG_ONTOLOGY_VOCAB_H_
