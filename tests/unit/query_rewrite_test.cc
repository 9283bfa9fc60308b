// HoistFilters: filters move to the end of their group; everything else is kept as written.
#include "export/query_rewrite.h"

#include <gtest/gtest.h>

namespace citykg::exporter {
namespace {

TEST(HoistFiltersTest, MovesAMidGroupFilterToTheGroupsEnd) {
  EXPECT_EQ(HoistFilters("SELECT * WHERE { ?a ?b ?c . FILTER(?c != 1) ?c ?d ?e . }"),
            "SELECT * WHERE { ?a ?b ?c .  ?c ?d ?e . FILTER(?c != 1) }");
}

TEST(HoistFiltersTest, KeepsTripleBlocksSeparatedWhenTheFilterHadNoDots) {
  std::string out = HoistFilters("SELECT * WHERE { ?a ?b ?c FILTER(?c != 1) ?c ?d ?e }");
  EXPECT_EQ(out, "SELECT * WHERE { ?a ?b ?c . ?c ?d ?e FILTER(?c != 1) }");
  // a dot after the filter is not doubled
  EXPECT_EQ(HoistFilters("SELECT * WHERE { ?a ?b ?c . FILTER(?c) . ?c ?d ?e }"),
            "SELECT * WHERE { ?a ?b ?c .  ?c ?d ?e FILTER(?c) }");
}

TEST(HoistFiltersTest, LeavesQueriesWithFiltersAlreadyLastUnchanged) {
  const std::string q = "SELECT * WHERE { ?a ?b ?c . FILTER(lang(?c) = \"zh-hant\") }";
  EXPECT_EQ(HoistFilters(q), q);
  const std::string none = "SELECT * WHERE { ?a ?b ?c }";
  EXPECT_EQ(HoistFilters(none), none);
}

TEST(HoistFiltersTest, EachGroupKeepsItsOwnFilters) {
  EXPECT_EQ(HoistFilters("SELECT * WHERE { ?a ?b ?c . OPTIONAL { ?c ?p ?d FILTER(?d > 2) ?d ?q ?e } ?a ?x ?y }"),
            "SELECT * WHERE { ?a ?b ?c . OPTIONAL { ?c ?p ?d . ?d ?q ?e FILTER(?d > 2) } ?a ?x ?y }");
}

TEST(HoistFiltersTest, FunctionAndExistsFormsMoveWhole) {
  EXPECT_EQ(HoistFilters("ASK { ?a ?b ?c FILTER regex(?c, \"x)\") ?c ?d ?e }"),
            "ASK { ?a ?b ?c . ?c ?d ?e FILTER regex(?c, \"x)\") }");
  EXPECT_EQ(HoistFilters("ASK { ?a ?b ?c FILTER NOT EXISTS { ?c ?p ?q } ?c ?d ?e }"),
            "ASK { ?a ?b ?c . ?c ?d ?e FILTER NOT EXISTS { ?c ?p ?q } }");
}

TEST(HoistFiltersTest, StringsIrisAndCommentsAreNotScannedForKeywordsOrBrackets) {
  // "FILTER" inside a string, braces inside a string and an IRI with '#' stay where they are
  const std::string q =
      "SELECT * WHERE { ?a <http://x/y#FILTER> \"FILTER(} {\" . # FILTER(?z) }\n ?a ?b ?c }";
  EXPECT_EQ(HoistFilters(q), q);
  EXPECT_EQ(HoistFilters("SELECT * WHERE { ?a ?b \"}\" FILTER(?b = <http://x/a#b>) ?a ?c '''{''' }"),
            "SELECT * WHERE { ?a ?b \"}\" . ?a ?c '''{''' FILTER(?b = <http://x/a#b>) }");
}

TEST(HoistFiltersTest, LessThanIsAnOperatorNotAnIri) {
  EXPECT_EQ(HoistFilters("SELECT * WHERE { ?a ?b ?c FILTER(?c < 3 && ?c > 1) ?c ?d ?e }"),
            "SELECT * WHERE { ?a ?b ?c . ?c ?d ?e FILTER(?c < 3 && ?c > 1) }");
}

TEST(HoistFiltersTest, UnbalancedTextIsReturnedUnchanged) {
  const std::string q = "SELECT * WHERE { ?a ?b ?c FILTER(?c ?d ?e }";
  EXPECT_EQ(HoistFilters(q), q);
  const std::string open = "SELECT * WHERE { ?a ?b \"unterminated FILTER(?x) ?c ?d ?e }";
  EXPECT_EQ(HoistFilters(open), open);
}

TEST(HoistFiltersTest, HavingIsNotInAGroupAndStays) {
  const std::string q = "SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ?b ?c } GROUP BY ?a HAVING(COUNT(*) > 1)";
  EXPECT_EQ(HoistFilters(q), q);
}

}  // namespace
}  // namespace citykg::exporter

namespace citykg::exporter {
namespace {

TEST(PlanForRasqalTest, FullyBoundPatternBecomesALookupWithSameTerm) {
  std::string out = PlanForRasqal("SELECT ?x WHERE { ?x a ckg:City . ?x rdfs:label \"A\" }");
  // the label (a constant to look up) comes first; the type check then has ?x bound: fresh variable + sameTerm
  EXPECT_LT(out.find("rdfs:label \"A\""), out.find("?x a ?__ckg0"));
  EXPECT_NE(out.find("FILTER(sameTerm(?__ckg0, ckg:City))"), std::string::npos);
}

TEST(PlanForRasqalTest, BindMovesAfterTheTriplesItSplit) {
  std::string out = PlanForRasqal("SELECT ?y WHERE { ?a ?p ?d . BIND(STR(?d) AS ?y) ?a ?q ?e }");
  EXPECT_LT(out.find("?a ?q ?e"), out.find("BIND"));
  // a BIND whose variable is used later stays where it is
  std::string kept = PlanForRasqal("SELECT ?y WHERE { ?a ?p ?d . BIND(STR(?d) AS ?y) ?a ?q ?y }");
  EXPECT_LT(kept.find("BIND"), kept.find("?a ?q"));
}

TEST(PlanForRasqalTest, SelectStarConstructAndPathsAreOnlyHoisted) {
  const std::string star = "SELECT * WHERE { ?x a ckg:City . ?x rdfs:label \"A\" }";
  EXPECT_EQ(PlanForRasqal(star), HoistFilters(star));
  const std::string construct = "CONSTRUCT { ?x a ckg:City } WHERE { ?x a ckg:City . ?x rdfs:label \"A\" }";
  EXPECT_EQ(PlanForRasqal(construct), construct);
  const std::string path = "SELECT ?y WHERE { ?x ckg:metWith/ckg:metWith ?y }";
  EXPECT_EQ(PlanForRasqal(path), path);
}

TEST(PlanForRasqalTest, CountStarIsStillPlanned) {
  std::string out = PlanForRasqal("SELECT (COUNT(*) AS ?n) WHERE { ?x a ckg:City . ?x rdfs:label \"A\" }");
  EXPECT_NE(out.find("sameTerm"), std::string::npos);
}

}  // namespace
}  // namespace citykg::exporter

// ---------------------------------------------------------------- OPTIONAL split

namespace citykg::exporter {
namespace {

TEST(SplitOptionalsTest, ReadsTheCommonShape) {
  OptionalSplit sp;
  ASSERT_TRUE(SplitOptionals(
      "PREFIX ex: <http://ex/>\nSELECT DISTINCT ?n ?d WHERE { ?e ex:name ?n . OPTIONAL { ?e ex:date ?d } "
      "FILTER(lang(?n) = \"en\") } ORDER BY DESC(?d) ?n LIMIT 5 OFFSET 1",
      &sp));
  EXPECT_EQ(sp.prologue, "PREFIX ex: <http://ex/>\n");
  EXPECT_TRUE(sp.distinct);
  EXPECT_EQ(sp.projection, (std::vector<std::string>{"n", "d"}));
  EXPECT_EQ(sp.required_vars, (std::vector<std::string>{"e", "n"}));
  EXPECT_NE(sp.required.find("FILTER(lang(?n) = \"en\")"), std::string::npos);  // on required variables: early
  ASSERT_EQ(sp.optionals.size(), 1u);
  EXPECT_EQ(sp.optionals[0].vars, (std::vector<std::string>{"e", "d"}));
  EXPECT_EQ(sp.optionals[0].Fill({"e"}, {"<http://ex/a>"}), "{  <http://ex/a>  ex:date ?d }");
  ASSERT_EQ(sp.order.size(), 2u);
  EXPECT_EQ(sp.order[0].var, "d");
  EXPECT_TRUE(sp.order[0].descending);
  EXPECT_FALSE(sp.order[1].descending);
  EXPECT_EQ(sp.limit, 5);
  EXPECT_EQ(sp.offset, 1);
}

TEST(SplitOptionalsTest, LeavesOtherShapesToTheEngine) {
  OptionalSplit sp;
  for (const char* q : {
           "SELECT ?n WHERE { ?e <p> ?n }",                                       // no OPTIONAL
           "SELECT * WHERE { ?e <p> ?n OPTIONAL { ?e <q> ?d } }",                 // SELECT *
           "SELECT (COUNT(?d) AS ?c) WHERE { ?e <p> ?n OPTIONAL { ?e <q> ?d } }",  // aggregate
           "SELECT ?n WHERE { ?e <p> ?n OPTIONAL { ?e <q> ?d } } GROUP BY ?n",    // GROUP BY
           "SELECT ?n WHERE { ?e <p> ?n OPTIONAL { ?e <q> ?d } ?d <r> ?x }",      // triples after OPTIONAL
           "SELECT ?n WHERE { ?e <p> ?n OPTIONAL { ?e <q> ?d } FILTER(!bound(?d)) }",  // filter on an OPTIONAL var
           "SELECT ?n WHERE { ?e <p> ?n OPTIONAL { { ?e <q> ?d } UNION { ?e <r> ?d } } }",
           "SELECT ?n WHERE { ?e <p> ?n OPTIONAL { ?e <q> ?d } } ORDER BY STR(?n)",  // expression key
           "CONSTRUCT { ?e <q> ?d } WHERE { ?e <p> ?n OPTIONAL { ?e <q> ?d } }",
       })
    EXPECT_FALSE(SplitOptionals(q, &sp)) << q;
}

}  // namespace
}  // namespace citykg::exporter
