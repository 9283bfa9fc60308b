#include "export/triples.h"

#include <cstdio>
#include <set>
#include <unordered_set>

#include <unicode/utf8.h>

#include "extract/normalize.h"

namespace citykg::exporter {

using ontology::EntityKind;
using ontology::Iri;
using ontology::RelationKind;
using ontology::Role;
namespace o = ontology;

std::string LanguageOf(std::string_view text) {
  // Decoded in place (no copy of the text): quotes are long and most start with a Han character.
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && extract::IsHan(static_cast<char32_t>(c))) return "zh-Hant";
  }
  return "en";
}

namespace {

Term DateTerm(const extract::Date& d) { return Term::Typed(d.ToString(), Iri(o::kXsd, d.XsdType())); }
Term IntTerm(uint64_t v) { return Term::Typed(std::to_string(v), Iri(o::kXsd, "integer")); }

class Emitter {
 public:
  Emitter(const graph::KnowledgeGraph& kg, const TripleFn& emit) : kg_(kg), emit_(emit) {}

  void Run() {
    const auto& g = kg_.graph();
    for (auto v : boost::make_iterator_range(boost::vertices(g))) EmitNode(g[v]);
    for (auto e : boost::make_iterator_range(boost::edges(g)))
      EmitEdge(g[boost::source(e, g)], g[boost::target(e, g)], g[e]);
    for (const auto& m : kg_.meetings()) EmitMeeting(m);
    for (const auto& r : kg_.reports()) EmitReport(r);
    for (const auto& [iri, title] : roles_) {
      T(iri, Iri(o::kRdf, "type"), Term::Iri(Iri(o::kOrg, "Role")));
      T(iri, Iri(o::kRdfs, "label"), Term::Lit(title, LanguageOf(title)));
    }
  }

 private:
  void T(const std::string& s, const std::string& p, const Term& obj) { emit_(Term::Iri(s), Term::Iri(p), obj); }

  std::string ReportIri(std::string_view name) const { return o::MintIri(EntityKind::kReport, std::string(name)); }

  std::string Evidence(const graph::EvidenceRef& ev) {
    std::string hash =
        ontology::StableHash(std::string(ev.report) + "|" + std::to_string(ev.start) + "|" + std::to_string(ev.end));
    std::string iri = o::MintIri("evidence", hash);
    // Written once: the set keeps the hash as a number (the IRI is made from it), not the IRI.
    if (evidence_done_.insert(std::stoull(hash.substr(0, 16), nullptr, 16)).second) {
      T(iri, Iri(o::kRdf, "type"), Term::Iri(Iri(o::kCkg, "Evidence")));
      T(iri, Iri(o::kCkg, "quote"), Term::Lit(std::string(ev.quote), LanguageOf(ev.quote)));
      T(iri, Iri(o::kCkg, "source"), Term::Iri(ReportIri(ev.report)));
      T(iri, Iri(o::kCkg, "start"), IntTerm(ev.start));
      T(iri, Iri(o::kCkg, "end"), IntTerm(ev.end));
      if (ev.page) T(iri, Iri(o::kCkg, "page"), IntTerm(ev.page));
    }
    return iri;
  }

  void Provenance(const std::string& fact, const std::vector<graph::EvidenceRef>& evidence) {
    std::set<std::string_view> reports;
    for (const auto& ev : evidence) {
      T(fact, Iri(o::kCkg, "evidence"), Term::Iri(Evidence(ev)));
      reports.insert(ev.report);
    }
    for (const auto& r : reports) T(fact, Iri(o::kProv, "wasDerivedFrom"), Term::Iri(ReportIri(r)));
  }

  void EmitNode(const graph::Node& n) {
    T(n.iri, Iri(o::kRdf, "type"), Term::Iri(o::KindClassIri(n.kind)));
    T(n.iri, Iri(o::kRdfs, "label"), Term::Lit(n.label, LanguageOf(n.label)));
    if (!n.label_en.empty() && n.label_en != n.label) T(n.iri, Iri(o::kRdfs, "label"), Term::Lit(n.label_en, "en"));
    for (const auto& a : n.names) T(n.iri, Iri(o::kSkos, "altLabel"), Term::Lit(a, LanguageOf(a)));
    if (!n.wikidata.empty()) T(n.iri, Iri(o::kOwl, "sameAs"), Term::Iri(Iri(o::kWd, n.wikidata)));
    if (n.kind == EntityKind::kEvent) {
      if (n.date.valid()) T(n.iri, Iri(o::kSchema, "startDate"), DateTerm(n.date));
      if (n.end_date.valid() && n.end_date != n.date) T(n.iri, Iri(o::kSchema, "endDate"), DateTerm(n.end_date));
    }
    for (const auto& s : n.sources) T(n.iri, Iri(o::kProv, "wasDerivedFrom"), Term::Iri(ReportIri(s)));
  }

  // A plain triple, plus a reified statement carrying its evidence.
  void Fact(const std::string& s, const std::string& p, const std::string& obj, const graph::Edge& e) {
    T(s, p, Term::Iri(obj));
    if (e.evidence.empty()) return;
    std::string fact = o::MintIri("fact", ontology::StableHash(s + "|" + p + "|" + obj));
    T(fact, Iri(o::kRdf, "type"), Term::Iri(Iri(o::kRdf, "Statement")));
    T(fact, Iri(o::kRdf, "subject"), Term::Iri(s));
    T(fact, Iri(o::kRdf, "predicate"), Term::Iri(p));
    T(fact, Iri(o::kRdf, "object"), Term::Iri(obj));
    if (e.first_date.valid()) T(fact, Iri(o::kDcterms, "date"), DateTerm(e.first_date));
    Provenance(fact, e.evidence);
  }

  void EmitEdge(const graph::Node& from, const graph::Node& to, const graph::Edge& e) {
    switch (e.kind) {
      case RelationKind::kPost: {
        const std::string& m = e.iri;
        std::string role = o::RoleIri(e.role, e.title);
        if (e.role == Role::kOther) roles_.emplace(role, e.title);
        T(m, Iri(o::kRdf, "type"), Term::Iri(Iri(o::kOrg, "Membership")));
        T(m, Iri(o::kOrg, "member"), Term::Iri(from.iri));
        T(m, Iri(o::kOrg, "organization"), Term::Iri(to.iri));
        T(m, Iri(o::kOrg, "role"), Term::Iri(role));
        if (!e.title.empty()) T(m, Iri(o::kCkg, "title"), Term::Lit(e.title, LanguageOf(e.title)));
        if (e.first_date.valid()) T(m, Iri(o::kDcterms, "date"), DateTerm(e.first_date));
        if (e.past) T(m, Iri(o::kCkg, "past"), Term::Typed("true", Iri(o::kXsd, "boolean")));
        Provenance(m, e.evidence);
        break;
      }
      case RelationKind::kMemberOf: Fact(from.iri, Iri(o::kOrg, "memberOf"), to.iri, e); break;
      case RelationKind::kMetWith: Fact(from.iri, Iri(o::kCkg, "metWith"), to.iri, e); break;
      case RelationKind::kAttended: Fact(from.iri, Iri(o::kCkg, "attended"), to.iri, e); break;
      case RelationKind::kCountry: T(from.iri, Iri(o::kCkg, "country"), Term::Iri(to.iri)); break;
      case RelationKind::kLocation: Fact(from.iri, Iri(o::kSchema, "location"), to.iri, e); break;
      case RelationKind::kOrganizer: Fact(from.iri, Iri(o::kSchema, "organizer"), to.iri, e); break;
      case RelationKind::kAgreement: Fact(from.iri, Iri(o::kCkg, "signedWith"), to.iri, e); break;
      case RelationKind::kSource: break;
    }
  }

  void EmitMeeting(const graph::MeetingRecord& m) {
    const auto& g = kg_.graph();
    T(m.iri, Iri(o::kRdf, "type"), Term::Iri(Iri(o::kCkg, "Meeting")));
    std::string label;
    for (auto v : m.attendees) {
      T(m.iri, Iri(o::kSchema, "attendee"), Term::Iri(g[v].iri));
      label += (label.empty() ? "" : " — ") + g[v].label;
    }
    T(m.iri, Iri(o::kRdfs, "label"), Term::Lit(label, LanguageOf(label)));
    if (m.date.valid()) T(m.iri, Iri(o::kSchema, "startDate"), DateTerm(m.date));
    if (m.location) T(m.iri, Iri(o::kSchema, "location"), Term::Iri(g[*m.location].iri));
    Provenance(m.iri, {m.evidence});
  }

  void EmitReport(const graph::ReportRecord& r) {
    const auto& g = kg_.graph();
    T(r.iri, Iri(o::kRdf, "type"), Term::Iri(Iri(o::kCkg, "Report")));
    T(r.iri, Iri(o::kRdfs, "label"), Term::Lit(r.name, LanguageOf(r.name)));
    T(r.iri, Iri(o::kDcterms, "source"), Term::Lit(r.name));
    if (!r.title.empty()) T(r.iri, Iri(o::kDcterms, "title"), Term::Lit(r.title, LanguageOf(r.title)));
    if (r.publisher) T(r.iri, Iri(o::kDcterms, "publisher"), Term::Iri(g[*r.publisher].iri));
    if (r.date.valid()) T(r.iri, Iri(o::kDcterms, "date"), DateTerm(r.date));
    if (r.trip_start.valid()) T(r.iri, Iri(o::kCkg, "tripStart"), DateTerm(r.trip_start));
    if (r.trip_end.valid()) T(r.iri, Iri(o::kCkg, "tripEnd"), DateTerm(r.trip_end));
    if (!r.encoding.empty()) T(r.iri, Iri(o::kCkg, "encoding"), Term::Lit(r.encoding));
  }

  const graph::KnowledgeGraph& kg_;
  const TripleFn& emit_;
  std::unordered_set<uint64_t> evidence_done_;
  std::map<std::string, std::string> roles_;
};

}  // namespace

void EmitTriples(const graph::KnowledgeGraph& kg, const TripleFn& emit) { Emitter(kg, emit).Run(); }

}  // namespace citykg::exporter
