#include "export/query_rewrite.h"

#include <cctype>
#include <algorithm>
#include <cstring>
#include <vector>

namespace citykg::exporter {

namespace {

bool IsIriChar(char c) {
  return !(static_cast<unsigned char>(c) <= 0x20 || std::strchr("<>\"{}|^`\\", c) != nullptr);
}

bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == ':'; }

// The end (one past) of the token starting at `i` if it is a string, an IRI or a comment; else `i`.
size_t SkipAtom(const std::string& s, size_t i) {
  size_t n = s.size();
  char c = s[i];
  if (c == '"' || c == '\'') {
    bool triple = i + 2 < n && s[i + 1] == c && s[i + 2] == c;
    size_t j = i + (triple ? 3 : 1);
    while (j < n) {
      if (s[j] == '\\') {
        j += 2;
        continue;
      }
      if (triple ? (j + 2 < n && s[j] == c && s[j + 1] == c && s[j + 2] == c) : s[j] == c) return j + (triple ? 3 : 1);
      if (!triple && s[j] == '\n') return n + 1;  // unterminated
      ++j;
    }
    return n + 1;
  }
  if (c == '<') {
    size_t j = i + 1;
    while (j < n && IsIriChar(s[j])) ++j;
    if (j < n && s[j] == '>') return j + 1;
    return i;  // a less-than operator
  }
  if (c == '#') {
    size_t j = s.find('\n', i);
    return j == std::string::npos ? n : j;
  }
  return i;
}

// The end (one past) of the bracketed text opening at `i` (`(` or `{`), or npos.
size_t MatchBracket(const std::string& s, size_t i) {
  int depth = 0;
  for (size_t j = i; j < s.size();) {
    size_t k = SkipAtom(s, j);
    if (k > s.size()) return std::string::npos;
    if (k != j) {
      j = k;
      continue;
    }
    char c = s[j];
    if (c == '(' || c == '{' || c == '[') ++depth;
    if (c == ')' || c == '}' || c == ']') {
      if (--depth == 0) return j + 1;
      if (depth < 0) return std::string::npos;
    }
    ++j;
  }
  return std::string::npos;
}

bool KeywordAt(const std::string& s, size_t i, const char* word) {
  size_t len = std::strlen(word);
  if (i + len > s.size()) return false;
  for (size_t k = 0; k < len; ++k)
    if (std::toupper(static_cast<unsigned char>(s[i + k])) != word[k]) return false;
  bool before = i == 0 || !(IsNameChar(s[i - 1]) || s[i - 1] == '?' || s[i - 1] == '$');
  bool after = i + len == s.size() || !IsNameChar(s[i + len]);
  return before && after;
}

// The end of the constraint of a FILTER whose keyword ends at `i`: `( … )`, `fn( … )`, `prefix:fn( … )`,
// `[NOT] EXISTS { … }`. npos when it cannot be read.
size_t ConstraintEnd(const std::string& s, size_t i) {
  size_t j = i;
  while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
  if (j >= s.size()) return std::string::npos;
  if (s[j] == '(') return MatchBracket(s, j);
  if (s[j] == '<') {  // an IRI function
    size_t k = SkipAtom(s, j);
    if (k == j || k > s.size()) return std::string::npos;
    j = k;
  } else {
    size_t start = j;
    while (j < s.size() && IsNameChar(s[j])) ++j;
    if (j == start) return std::string::npos;
    std::string word = s.substr(start, j - start);
    for (auto& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (word == "NOT") {
      while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
      if (!KeywordAt(s, j, "EXISTS")) return std::string::npos;
      j += 6;
    }
  }
  while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
  if (j < s.size() && (s[j] == '(' || s[j] == '{')) return MatchBracket(s, j);
  return std::string::npos;
}

}  // namespace

std::string HoistFilters(const std::string& query) {
  struct Group {
    std::string text;                  // the group's text so far, filters taken out
    std::vector<std::string> filters;  // to be put back before its closing brace
  };
  std::vector<Group> stack(1);
  int paren = 0;  // parentheses inside the current group (a FILTER there is inside an expression)
  std::vector<int> paren_stack;
  bool moved = false;
  const std::string& s = query;
  for (size_t i = 0; i < s.size();) {
    size_t k = SkipAtom(s, i);
    if (k > s.size()) return query;
    if (k != i) {
      stack.back().text.append(s, i, k - i);
      i = k;
      continue;
    }
    char c = s[i];
    if (c == '{') {
      paren_stack.push_back(paren);
      paren = 0;
      stack.emplace_back();
      stack.back().text += c;
      ++i;
      continue;
    }
    if (c == '}') {
      if (stack.size() < 2) return query;
      Group g = std::move(stack.back());
      stack.pop_back();
      paren = paren_stack.back();
      paren_stack.pop_back();
      std::string tail;
      for (const auto& f : g.filters) tail += " " + f;
      if (!tail.empty()) {
        // put the filters after the group's last non-space character
        size_t end = g.text.find_last_not_of(" \t\r\n");
        std::string spaces = g.text.substr(end + 1);
        g.text.resize(end + 1);
        g.text += tail + spaces;
      }
      stack.back().text += g.text;
      stack.back().text += c;
      ++i;
      continue;
    }
    if (c == '(') ++paren;
    if (c == ')') --paren;
    if (paren == 0 && stack.size() > 1 && KeywordAt(s, i, "FILTER")) {
      size_t end = ConstraintEnd(s, i + 6);
      if (end == std::string::npos) return query;
      // only a filter followed by more of its group moves
      size_t next = end;
      while (next < s.size()) {
        size_t a = SkipAtom(s, next);
        if (a > s.size()) return query;
        if (a != next && s[next] == '#') {
          next = a;
          continue;
        }
        if (!std::isspace(static_cast<unsigned char>(s[next])) && s[next] != '.') break;
        ++next;
      }
      if (next < s.size() && s[next] != '}') {
        stack.back().filters.push_back(s.substr(i, end - i));
        moved = true;
        // The filter may have separated two triple blocks: keep exactly one '.' between them.
        std::string& text = stack.back().text;
        size_t last = text.find_last_not_of(" \t\r\n");
        char before = last == std::string::npos ? '{' : text[last];
        if (before != '.' && before != '{' && before != '}')
          text += std::isspace(static_cast<unsigned char>(text.back())) ? "." : " .";
        size_t after = end;
        while (after < s.size() && std::isspace(static_cast<unsigned char>(s[after]))) ++after;
        i = (after < s.size() && s[after] == '.') ? after + 1 : end;
        continue;
      }
    }
    stack.back().text += c;
    ++i;
  }
  if (stack.size() != 1 || !moved) return query;
  return stack.back().text;
}

}  // namespace citykg::exporter

// ---------------------------------------------------------------- planning

namespace citykg::exporter {

namespace {

struct Tok {
  enum Kind { kVar, kIri, kName, kLiteral, kWord, kPunct, kOther } kind;
  std::string text;
  size_t begin, end;  // offsets in the query
};

// Tokens of the query (comments dropped). False when the text cannot be tokenized.
bool Tokenize(const std::string& s, std::vector<Tok>* out) {
  size_t i = 0, n = s.size();
  while (i < n) {
    char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    size_t k = SkipAtom(s, i);
    if (k > n) return false;
    if (k != i) {
      if (c == '#') {
        i = k;
        continue;
      }
      if (c == '<') {
        out->push_back({Tok::kIri, s.substr(i, k - i), i, k});
        i = k;
        continue;
      }
      // a string, with its language tag or datatype
      size_t e = k;
      if (e < n && s[e] == '@') {
        ++e;
        while (e < n && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '-')) ++e;
      } else if (e + 1 < n && s[e] == '^' && s[e + 1] == '^') {
        e += 2;
        size_t a = SkipAtom(s, e);
        if (a > n) return false;
        if (a != e) {
          e = a;
        } else {
          while (e < n && (IsNameChar(s[e]) || s[e] == '.')) ++e;
        }
      }
      out->push_back({Tok::kLiteral, s.substr(i, e - i), i, e});
      i = e;
      continue;
    }
    if ((c == '?' || c == '$') && i + 1 < n && (std::isalnum(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '_')) {
      size_t e = i + 1;
      while (e < n && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '_')) ++e;
      out->push_back({Tok::kVar, s.substr(i, e - i), i, e});
      i = e;
      continue;
    }
    if (std::isalpha(static_cast<unsigned char>(c)) || c == ':' || c == '_' || static_cast<unsigned char>(c) >= 0x80) {
      size_t e = i;
      bool colon = false;
      while (e < n && (IsNameChar(s[e]) || static_cast<unsigned char>(s[e]) >= 0x80 ||
                       (s[e] == '.' && e + 1 < n && IsNameChar(s[e + 1])))) {
        if (s[e] == ':') colon = true;
        ++e;
      }
      std::string t = s.substr(i, e - i);
      out->push_back({colon || t == "a" ? Tok::kName : Tok::kWord, t, i, e});
      i = e;
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(c))) {
      size_t e = i;
      while (e < n && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '.' || s[e] == '+' || s[e] == '-')) ++e;
      if (s[e - 1] == '.') --e;
      out->push_back({Tok::kLiteral, s.substr(i, e - i), i, e});
      i = e;
      continue;
    }
    out->push_back({std::strchr("{}()[].;,", c) ? Tok::kPunct : Tok::kOther, std::string(1, c), i, i + 1});
    ++i;
  }
  return true;
}

std::string Upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// The token of the query's SELECT or ASK keyword; toks.size() for CONSTRUCT, DESCRIBE or no query form.
size_t SelectOrAsk(const std::vector<Tok>& toks) {
  for (size_t k = 0; k < toks.size(); ++k) {
    if (toks[k].kind != Tok::kWord) continue;
    std::string up = Upper(toks[k].text);
    if (up == "CONSTRUCT" || up == "DESCRIBE") return toks.size();
    if (up == "SELECT" || up == "ASK") return k;
  }
  return toks.size();
}

struct Pattern {
  Tok s, p, o;
};

struct Element {
  enum Kind { kTriples, kFilter, kBind, kOpaque } kind;
  std::vector<Pattern> triples;   // kTriples
  std::string text;               // kFilter, kBind, kOpaque: as written (kOpaque: rewritten inside)
  std::vector<std::string> uses;  // kBind: variables of the expression
  std::string target;             // kBind: the variable bound
  std::vector<std::string> vars;  // kOpaque: every variable mentioned
};

class Planner {
 public:
  Planner(const std::string& s, const std::vector<Tok>& t) : s_(s), t_(t) {}

  // Plans the group whose '{' is token `i`; sets `*next` past its '}'. Empty optional on anything unsupported.
  bool Group(size_t i, size_t* next, std::string* out) {
    std::vector<Element> elems;
    size_t j = i + 1;
    while (j < t_.size()) {
      const Tok& tok = t_[j];
      std::string up = Upper(tok.text);
      if (tok.kind == Tok::kPunct && tok.text == "}") break;
      if (tok.kind == Tok::kPunct && tok.text == ".") {
        ++j;
        continue;
      }
      if (tok.kind == Tok::kWord && up == "FILTER") {
        size_t end = ConstraintEnd(s_, tok.end);
        if (end == std::string::npos) return false;
        elems.push_back({Element::kFilter, {}, s_.substr(tok.begin, end - tok.begin), {}, {}, {}});
        j = TokenAt(end);
        continue;
      }
      if (tok.kind == Tok::kWord && up == "BIND") {
        if (j + 1 >= t_.size() || t_[j + 1].text != "(") return false;
        size_t end = MatchBracket(s_, t_[j + 1].begin);
        if (end == std::string::npos) return false;
        size_t stop = TokenAt(end);
        Element e{Element::kBind, {}, s_.substr(tok.begin, end - tok.begin), {}, {}, {}};
        // ( expr AS ?v )
        if (stop < 2 || Upper(t_[stop - 3].text) != "AS" || t_[stop - 2].kind != Tok::kVar) return false;
        e.target = t_[stop - 2].text.substr(1);
        for (size_t k = j + 2; k < stop - 3; ++k)
          if (t_[k].kind == Tok::kVar) e.uses.push_back(t_[k].text.substr(1));
        elems.push_back(std::move(e));
        j = stop;
        continue;
      }
      if ((tok.kind == Tok::kPunct && tok.text == "{") ||
          (tok.kind == Tok::kWord && (up == "OPTIONAL" || up == "MINUS" || up == "GRAPH" || up == "UNION"))) {
        // an opaque element: planned inside, a barrier outside
        size_t k = j;
        std::string text;
        while (k < t_.size() && !(t_[k].kind == Tok::kPunct && t_[k].text == "{")) {
          Tok::Kind kind = t_[k].kind;
          if (kind != Tok::kVar && kind != Tok::kIri && kind != Tok::kName && kind != Tok::kWord) return false;
          text += t_[k].text + " ";
          ++k;
        }
        std::string inner;
        size_t after;
        if (k >= t_.size() || !Group(k, &after, &inner)) return false;
        Element e{Element::kOpaque, {}, text + inner, {}, {}, {}};
        for (size_t m = j; m < after; ++m)
          if (t_[m].kind == Tok::kVar) e.vars.push_back(t_[m].text.substr(1));
        elems.push_back(std::move(e));
        j = after;
        continue;
      }
      if (tok.kind == Tok::kVar || tok.kind == Tok::kIri || tok.kind == Tok::kName || tok.kind == Tok::kLiteral) {
        // a triples block: subject (predicate object (, object)*) (; predicate object ...)* up to '.' or the next element
        if (elems.empty() || elems.back().kind != Element::kTriples) elems.push_back({Element::kTriples, {}, {}, {}, {}, {}});
        Tok subject = tok;
        ++j;
        for (;;) {
          if (j + 1 >= t_.size()) return false;
          Tok pred = t_[j];
          if (!(pred.kind == Tok::kVar || pred.kind == Tok::kIri || pred.kind == Tok::kName)) return false;
          ++j;
          for (;;) {
            const Tok& obj = t_[j];
            if (!(obj.kind == Tok::kVar || obj.kind == Tok::kIri || obj.kind == Tok::kName || obj.kind == Tok::kLiteral))
              return false;
            elems.back().triples.push_back({subject, pred, obj});
            ++j;
            if (j < t_.size() && t_[j].text == ",") {
              ++j;
              continue;
            }
            break;
          }
          if (j < t_.size() && t_[j].text == ";") {
            ++j;
            while (j < t_.size() && t_[j].text == ";") ++j;
            if (j < t_.size() && (t_[j].text == "." || t_[j].text == "}")) break;
            continue;
          }
          break;
        }
        if (j < t_.size() && t_[j].kind == Tok::kOther) return false;  // a property path or something else
        continue;
      }
      return false;  // VALUES, SERVICE, sub-select, brackets, paths: not planned
    }
    if (j >= t_.size()) return false;
    *next = j + 1;
    *out = Emit(std::move(elems));
    return true;
  }

 private:
  size_t TokenAt(size_t offset) const {
    size_t k = 0;
    while (k < t_.size() && t_[k].begin < offset) ++k;
    return k;
  }

  static bool Known(const Tok& t, const std::vector<std::string>& bound) {
    if (t.kind != Tok::kVar) return true;
    std::string v = t.text.substr(1);
    for (const auto& b : bound)
      if (b == v) return true;
    return false;
  }

  std::string Emit(std::vector<Element> elems) {
    // Move BINDs that can go to the end of the group.
    std::vector<Element> binds, filters, body;
    std::vector<bool> movable(elems.size(), false);
    for (size_t k = 0; k < elems.size(); ++k) movable[k] = elems[k].kind == Element::kBind && Movable(elems, k);
    for (size_t k = 0; k < elems.size(); ++k) {
      Element& e = elems[k];
      if (e.kind == Element::kFilter) {
        filters.push_back(std::move(e));
        continue;
      }
      if (movable[k]) {
        binds.push_back(std::move(e));
        continue;
      }
      body.push_back(std::move(e));
    }
    // Merge adjacent triple blocks (a moved BIND or FILTER separated them).
    std::vector<Element> merged;
    for (auto& e : body) {
      if (e.kind == Element::kTriples && !merged.empty() && merged.back().kind == Element::kTriples) {
        for (auto& p : e.triples) merged.back().triples.push_back(std::move(p));
      } else {
        merged.push_back(std::move(e));
      }
    }
    std::string out = "{\n";
    std::vector<std::string> bound;
    std::vector<std::string> checks;
    for (auto& e : merged) {
      if (e.kind == Element::kTriples) {
        Order(&e.triples, &bound, &out, &checks);
      } else {
        out += "  " + e.text + "\n";
        // an opaque element binds nothing for sure (OPTIONAL, UNION branches)
      }
    }
    for (auto& b : binds) out += "  " + b.text + "\n";
    for (auto& c : checks) out += "  FILTER(" + c + ")\n";
    for (auto& f : filters) out += "  " + f.text + "\n";
    out += "}";
    return out;
  }

  // A BIND may move to the end when its inputs are bound by triples written before it and no other element of the
  // group mentions its variable.
  bool Movable(const std::vector<Element>& elems, size_t k) const {
    std::vector<std::string> before;
    for (size_t m = 0; m < k; ++m)
      if (elems[m].kind == Element::kTriples)
        for (const auto& p : elems[m].triples)
          for (const Tok* t : {&p.s, &p.p, &p.o})
            if (t->kind == Tok::kVar) before.push_back(t->text.substr(1));
    for (const auto& u : elems[k].uses)
      if (std::find(before.begin(), before.end(), u) == before.end()) return false;
    const std::string& v = elems[k].target;
    for (size_t m = 0; m < elems.size(); ++m) {
      if (m == k) continue;
      const Element& e = elems[m];
      if (e.kind == Element::kTriples) {
        for (const auto& p : e.triples)
          for (const Tok* t : {&p.s, &p.p, &p.o})
            if (t->kind == Tok::kVar && t->text.substr(1) == v) return false;
      } else if (e.kind == Element::kBind) {
        if (e.target == v || std::find(e.uses.begin(), e.uses.end(), v) != e.uses.end()) return false;
      } else if (e.kind == Element::kOpaque) {
        if (std::find(e.vars.begin(), e.vars.end(), v) != e.vars.end()) return false;
      }
    }
    return true;
  }

  void Order(std::vector<Pattern>* ps, std::vector<std::string>* bound, std::string* out, std::vector<std::string>* checks) {
    std::vector<bool> used(ps->size(), false);
    for (size_t round = 0; round < ps->size(); ++round) {
      int best = -1, best_score = -1;
      for (size_t k = 0; k < ps->size(); ++k) {
        if (used[k]) continue;
        const Pattern& p = (*ps)[k];
        bool s = Known(p.s, *bound), pr = Known(p.p, *bound), o = Known(p.o, *bound);
        bool type = p.p.text == "a" || p.p.text == "rdf:type";
        // Most known positions first; then a constant value or label to look up (selective); then a known subject;
        // enumerating the members of a class comes last. Ties keep the written order, so a query's author can steer.
        int score = (s + pr + o) * 10;
        if (o && !type && p.o.kind != Tok::kVar) score += 4;
        if (s) score += 3;
        if (type && !s) score -= 6;
        if (score > best_score) {
          best_score = score;
          best = static_cast<int>(k);
        }
      }
      used[static_cast<size_t>(best)] = true;
      Pattern p = (*ps)[static_cast<size_t>(best)];
      bool all = Known(p.s, *bound) && Known(p.p, *bound) && Known(p.o, *bound);
      std::string object = p.o.text;
      if (all) {
        std::string fresh = "?__ckg" + std::to_string(fresh_++);
        checks->push_back("sameTerm(" + fresh + ", " + p.o.text + ")");
        object = fresh;
      }
      *out += "  " + p.s.text + " " + p.p.text + " " + object + " .\n";
      for (const Tok* t : {&p.s, &p.p, &p.o})
        if (t->kind == Tok::kVar) bound->push_back(t->text.substr(1));
    }
  }

  const std::string& s_;
  const std::vector<Tok>& t_;
  int fresh_ = 0;
};

}  // namespace

std::string PlanForRasqal(const std::string& query) {
  std::string hoisted = HoistFilters(query);
  std::vector<Tok> toks;
  if (!Tokenize(query, &toks)) return hoisted;
  // The query form: SELECT (not *) or ASK; the WHERE group is the first '{' after it.
  size_t form = SelectOrAsk(toks);
  if (form == toks.size()) return hoisted;
  size_t open = form;
  while (open < toks.size() && !(toks[open].kind == Tok::kPunct && toks[open].text == "{")) {
    if (toks[open].kind == Tok::kOther && toks[open].text == "*") {
      // SELECT * would show the fresh variables; COUNT(*) is fine
      if (open == 0 || toks[open - 1].text != "(") return hoisted;
    }
    ++open;
  }
  if (open >= toks.size()) return hoisted;
  for (size_t k = open + 1; k < toks.size(); ++k)
    if (toks[k].kind == Tok::kWord && (Upper(toks[k].text) == "SELECT" || Upper(toks[k].text) == "VALUES" ||
                                       Upper(toks[k].text) == "SERVICE"))
      return hoisted;
  Planner planner(query, toks);
  std::string group;
  size_t next = 0;
  if (!planner.Group(open, &next, &group)) return hoisted;
  std::string tail = next < toks.size() ? query.substr(toks[next].begin) : std::string();
  return query.substr(0, toks[open].begin) + group + (tail.empty() ? "" : "\n" + tail);
}

}  // namespace citykg::exporter

// ---------------------------------------------------------------- OPTIONAL split

namespace citykg::exporter {

std::string OptionalSplit::Optional::Fill(const std::vector<std::string>& names,
                                          const std::vector<std::string>& values) const {
  std::string out;
  for (const auto& p : body) {
    if (!p.variable) {
      out += p.text;
      continue;
    }
    auto it = std::find(names.begin(), names.end(), p.text);
    out += it == names.end() ? "?" + p.text : " " + values[static_cast<size_t>(it - names.begin())] + " ";
  }
  return out;
}

namespace {

void AddVar(std::vector<std::string>* vars, const std::string& v) {
  if (std::find(vars->begin(), vars->end(), v) == vars->end()) vars->push_back(v);
}

}  // namespace

bool SplitOptionals(const std::string& query, OptionalSplit* out) {
  std::vector<Tok> toks;
  if (!Tokenize(query, &toks)) return false;
  size_t form = SelectOrAsk(toks);
  if (form == toks.size()) return false;
  OptionalSplit sp;
  sp.prologue = query.substr(0, toks[form].begin);
  sp.ask = Upper(toks[form].text) == "ASK";
  size_t open = form + 1;
  for (; open < toks.size(); ++open) {
    const Tok& t = toks[open];
    std::string up = t.kind == Tok::kWord ? Upper(t.text) : std::string();
    if (t.kind == Tok::kPunct && t.text == "{") break;
    if (up == "WHERE") continue;
    if (!sp.ask && open == form + 1 && (up == "DISTINCT" || up == "REDUCED")) {
      sp.distinct = true;
      continue;
    }
    if (sp.ask || t.kind != Tok::kVar) return false;  // *, expressions, aggregates: not here
    sp.projection.push_back(t.text.substr(1));
  }
  if (open >= toks.size() || (!sp.ask && sp.projection.empty())) return false;
  std::string required_triples;
  std::vector<std::string> filters;
  size_t j = open + 1;
  while (j < toks.size()) {
    const Tok& tok = toks[j];
    std::string up = tok.kind == Tok::kWord ? Upper(tok.text) : std::string();
    if (tok.kind == Tok::kPunct && tok.text == "}") break;
    if (up == "FILTER") {
      size_t end = ConstraintEnd(query, tok.end);
      if (end == std::string::npos) return false;
      size_t k = j + 1;
      for (; k < toks.size() && toks[k].begin < end; ++k)
        if (toks[k].kind == Tok::kWord && Upper(toks[k].text) == "EXISTS") return false;
      filters.push_back(query.substr(tok.begin, end - tok.begin));
      j = k;
      continue;
    }
    if (up == "OPTIONAL") {
      if (j + 1 >= toks.size() || toks[j + 1].text != "{") return false;
      size_t end = MatchBracket(query, toks[j + 1].begin);
      if (end == std::string::npos) return false;
      OptionalSplit::Optional opt;
      size_t last = toks[j + 1].begin;
      size_t k = j + 2;
      for (; k < toks.size() && toks[k].begin < end - 1; ++k) {
        const Tok& t = toks[k];
        std::string u = t.kind == Tok::kWord ? Upper(t.text) : std::string();
        if ((t.kind == Tok::kPunct && t.text == "{") || u == "OPTIONAL" || u == "UNION" || u == "MINUS" ||
            u == "BIND" || u == "VALUES" || u == "GRAPH" || u == "SERVICE" || u == "SELECT" || u == "BOUND" ||
            u == "EXISTS")
          return false;
        if (t.kind == Tok::kVar) {
          opt.body.push_back({query.substr(last, t.begin - last), false});
          opt.body.push_back({t.text.substr(1), true});
          AddVar(&opt.vars, t.text.substr(1));
          last = t.end;
        }
      }
      opt.body.push_back({query.substr(last, end - last), false});
      sp.optionals.push_back(std::move(opt));
      j = k + 1;  // past the '}'
      continue;
    }
    if ((tok.kind == Tok::kPunct && tok.text == "{") || up == "UNION" || up == "MINUS" || up == "BIND" ||
        up == "VALUES" || up == "GRAPH" || up == "SERVICE" || up == "SELECT")
      return false;
    // triples, up to the next FILTER, OPTIONAL or the group's end
    if (!sp.optionals.empty()) return false;  // triples after an OPTIONAL join with it: keep rasqal's order
    size_t k = j;
    for (; k < toks.size(); ++k) {
      const Tok& t = toks[k];
      std::string u = t.kind == Tok::kWord ? Upper(t.text) : std::string();
      if ((t.kind == Tok::kPunct && (t.text == "}" || t.text == "{")) || u == "FILTER" || u == "OPTIONAL" ||
          u == "UNION" || u == "MINUS" || u == "BIND" || u == "VALUES" || u == "GRAPH" || u == "SERVICE")
        break;
      if (t.kind == Tok::kVar) AddVar(&sp.required_vars, t.text.substr(1));
    }
    if (k >= toks.size()) return false;
    required_triples += query.substr(tok.begin, toks[k].begin - tok.begin) + "\n";
    j = k;
  }
  if (j >= toks.size() || sp.optionals.empty() || sp.required_vars.empty()) return false;
  // A filter of the group on required variables only is the same applied to the required part; one that needs an
  // OPTIONAL's variable would have to be evaluated here (not done: rasqal runs the query as written).
  std::string early;
  for (const auto& f : filters) {
    std::vector<Tok> ft;
    Tokenize(f, &ft);
    for (const auto& t : ft)
      if (t.kind == Tok::kVar &&
          std::find(sp.required_vars.begin(), sp.required_vars.end(), t.text.substr(1)) == sp.required_vars.end())
        return false;
    early += "  " + f + "\n";
  }
  sp.required = "{\n" + required_triples + early + "}";
  // Modifiers: ORDER BY keys, LIMIT, OFFSET.
  size_t k = j + 1;
  while (k < toks.size()) {
    std::string up = toks[k].kind == Tok::kWord ? Upper(toks[k].text) : std::string();
    if (up == "ORDER" && k + 1 < toks.size() && Upper(toks[k + 1].text) == "BY") {
      k += 2;
      bool any = false;
      while (k < toks.size()) {
        std::string u = toks[k].kind == Tok::kWord ? Upper(toks[k].text) : std::string();
        if (toks[k].kind == Tok::kVar) {
          sp.order.push_back({toks[k].text.substr(1), false});
          ++k;
        } else if ((u == "ASC" || u == "DESC") && k + 3 < toks.size() && toks[k + 1].text == "(" &&
                   toks[k + 2].kind == Tok::kVar && toks[k + 3].text == ")") {
          sp.order.push_back({toks[k + 2].text.substr(1), u == "DESC"});
          k += 4;
        } else {
          break;
        }
        any = true;
      }
      if (!any) return false;
      continue;
    }
    if ((up == "LIMIT" || up == "OFFSET") && k + 1 < toks.size() && toks[k + 1].kind == Tok::kLiteral &&
        std::all_of(toks[k + 1].text.begin(), toks[k + 1].text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      (up == "LIMIT" ? sp.limit : sp.offset) = std::stoll(toks[k + 1].text);
      k += 2;
      continue;
    }
    return false;  // GROUP BY, HAVING, expressions: not here
  }
  *out = std::move(sp);
  return true;
}

}  // namespace citykg::exporter
