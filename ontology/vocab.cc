#include "ontology/vocab.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdlib>
#include <filesystem>

namespace citykg::ontology {

std::string Iri(std::string_view ns, std::string_view local) {
  std::string out(ns);
  out.append(local);
  return out;
}

namespace {
struct KindInfo {
  EntityKind kind;
  std::string_view name;
  std::string_view segment;
};
constexpr KindInfo kKindInfo[] = {
    {EntityKind::kPerson, "Person", "person"},   {EntityKind::kCity, "City", "place"},
    {EntityKind::kRegion, "Region", "place"},    {EntityKind::kCountry, "Country", "country"},
    {EntityKind::kOrganization, "Organization", "org"}, {EntityKind::kEvent, "Event", "event"},
    {EntityKind::kMeeting, "Meeting", "meeting"}, {EntityKind::kReport, "Report", "report"},
};
constexpr std::string_view kRoleNames[] = {"Mayor",     "DeputyMayor", "Governor",   "DeputyGovernor", "SecretaryGeneral",
                                           "President", "CoPresident", "Councillor", "Other"};
constexpr std::string_view kRelationNames[] = {"post",     "memberOf",  "metWith",   "attended",
                                               "country",  "location",  "organizer", "agreement", "source"};
}  // namespace

std::string_view KindName(EntityKind kind) { return kKindInfo[static_cast<int>(kind)].name; }
std::string_view KindSegment(EntityKind kind) { return kKindInfo[static_cast<int>(kind)].segment; }
std::optional<EntityKind> KindFromName(std::string_view name) {
  for (const auto& info : kKindInfo)
    if (info.name == name) return info.kind;
  return std::nullopt;
}
std::string KindClassIri(EntityKind kind) { return Iri(kCkg, KindName(kind)); }

std::string_view RoleName(Role role) { return kRoleNames[static_cast<int>(role)]; }
std::optional<Role> RoleFromName(std::string_view name) {
  for (int i = 0; i < 9; ++i)
    if (kRoleNames[i] == name) return static_cast<Role>(i);
  return std::nullopt;
}
std::string RoleIri(Role role, std::string_view title) {
  if (role != Role::kOther) return Iri(kCkg, RoleName(role));
  return MintIri("role", title);
}
int RoleRank(Role role) {
  switch (role) {
    case Role::kMayor: return 0;
    case Role::kGovernor: return 0;
    case Role::kDeputyMayor: return 1;
    case Role::kDeputyGovernor: return 1;
    case Role::kPresident: return 2;
    case Role::kCoPresident: return 2;
    case Role::kSecretaryGeneral: return 3;
    case Role::kCouncillor: return 4;
    case Role::kOther: return 5;
  }
  return 9;
}

std::string_view RelationName(RelationKind kind) { return kRelationNames[static_cast<int>(kind)]; }

std::string Slug(std::string_view name) {
  std::string out;
  bool pending_sep = false;
  int32_t i = 0;
  const auto len = static_cast<int32_t>(name.size());
  while (i < len) {
    UChar32 c;
    U8_NEXT(name.data(), i, len, c);
    if (c < 0) {
      pending_sep = true;
      continue;
    }
    if (u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) || u_charType(c) == U_NON_SPACING_MARK) {
      if (pending_sep && !out.empty()) out.push_back('_');
      pending_sep = false;
      c = u_tolower(c);
      char buf[4];
      int32_t n = 0;
      UBool err = false;
      (void)err;
      U8_APPEND(buf, n, 4, c, err);
      out.append(buf, static_cast<size_t>(n));
    } else {
      pending_sep = true;
    }
  }
  if (out.empty()) out.assign(1, '_');
  return out;
}

std::string MintIri(EntityKind kind, std::string_view key) { return MintIri(KindSegment(kind), key); }

std::string MintIri(std::string_view segment, std::string_view key) {
  std::string out(kId);
  out.append(segment);
  out.push_back('/');
  out.append(Slug(key));
  return out;
}

std::string StableHash(std::string_view text) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<size_t>(i)] = kHex[h & 15];
  return out;
}

std::string DataPath(std::string_view file_name) {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("CITYKG_DATA"); env && *env) {
    fs::path p = fs::path(env) / file_name;
    if (fs::exists(p)) return p.string();
  }
  for (const char* dir : {CITYKG_DATA_DIR, CITYKG_INSTALLED_DATA_DIR}) {
    fs::path p = fs::path(dir) / file_name;
    if (fs::exists(p)) return p.string();
  }
  return (fs::path(CITYKG_DATA_DIR) / file_name).string();
}

}  // namespace citykg::ontology
