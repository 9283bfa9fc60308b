#include "export/detail/redland.h"

#include <string_view>

#include "export/turtle.h"
#include "ontology/vocab.h"

namespace citykg::exporter::detail {

std::recursive_mutex& RedlandMutex() {
  static std::recursive_mutex m;
  return m;
}

World::World() {
  world_ = librdf_new_world();
  if (!world_) throw RdfError("cannot create a Redland world");
  librdf_world_set_logger(world_, this, &World::LogHandler);
  librdf_world_open(world_);
}

World::~World() { librdf_free_world(world_); }

int World::LogHandler(void* user, librdf_log_message* message) {
  auto* self = static_cast<World*>(user);
  if (librdf_log_message_level(message) < LIBRDF_LOG_WARN) return 1;
  const char* text = librdf_log_message_message(message);
  if (!self->log_.empty()) self->log_ += "; ";
  raptor_locator* loc = librdf_log_message_locator(message);
  if (loc && loc->line > 0) {
    self->log_ += "line " + std::to_string(loc->line);
    if (loc->column >= 0) self->log_ += ", column " + std::to_string(loc->column);
    self->log_ += ": ";
  }
  self->log_ += text ? text : "unknown error";
  return 1;
}

std::string World::TakeLog() {
  std::string out;
  out.swap(log_);
  return out;
}

librdf_node* MakeNode(librdf_world* world, const Term& t) {
  if (t.type == Term::Type::kIri)
    return librdf_new_node_from_uri_string(world, reinterpret_cast<const unsigned char*>(t.value.c_str()));
  librdf_uri* dt = nullptr;
  if (!t.datatype.empty()) dt = librdf_new_uri(world, reinterpret_cast<const unsigned char*>(t.datatype.c_str()));
  librdf_node* n = librdf_new_node_from_typed_counted_literal(
      world, reinterpret_cast<const unsigned char*>(t.value.data()), t.value.size(),
      t.lang.empty() ? nullptr : t.lang.c_str(), t.lang.size(), dt);
  if (dt) librdf_free_uri(dt);
  return n;
}

Term ToTerm(librdf_node* node) {
  Term t;
  if (!node) return t;
  if (librdf_node_is_resource(node)) {
    t.type = Term::Type::kIri;
    t.value = reinterpret_cast<const char*>(librdf_uri_as_string(librdf_node_get_uri(node)));
  } else if (librdf_node_is_literal(node)) {
    t.type = Term::Type::kLiteral;
    size_t len = 0;
    const unsigned char* v = librdf_node_get_literal_value_as_counted_string(node, &len);
    t.value.assign(reinterpret_cast<const char*>(v), len);
    if (const char* lang = librdf_node_get_literal_value_language(node)) t.lang = lang;
    if (librdf_uri* dt = librdf_node_get_literal_value_datatype_uri(node))
      t.datatype = reinterpret_cast<const char*>(librdf_uri_as_string(dt));
  } else {
    t.type = Term::Type::kIri;
    t.value = std::string("_:") + reinterpret_cast<const char*>(librdf_node_get_blank_identifier(node));
  }
  return t;
}

Model::Model(World& world, const char* storage_name, const char* options) : world_(world) {
  storage_ = librdf_new_storage(world.get(), storage_name, "citykg", options);
  if (!storage_) throw RdfError("cannot create Redland storage '" + std::string(storage_name) + "': " + world.TakeLog());
  model_ = librdf_new_model(world.get(), storage_, nullptr);
  if (!model_) {
    librdf_free_storage(storage_);
    throw RdfError("cannot create Redland model: " + world.TakeLog());
  }
}

Model::~Model() {
  librdf_free_model(model_);
  librdf_free_storage(storage_);
}

void Model::Add(const Term& s, const Term& p, const Term& o) {
  librdf_world* w = world_.get();
  if (librdf_model_add(model_, MakeNode(w, s), MakeNode(w, p), MakeNode(w, o)) != 0)
    throw RdfError("cannot add a triple: " + world_.TakeLog());
}

void Model::ParseFile(const std::string& path, const char* syntax) {
  librdf_world* w = world_.get();
  librdf_parser* parser = librdf_new_parser(w, syntax, nullptr, nullptr);
  if (!parser) throw RdfError(std::string("no Redland parser for ") + syntax);
  std::string uri_string = "file://" + path;
  librdf_uri* uri = librdf_new_uri(w, reinterpret_cast<const unsigned char*>(uri_string.c_str()));
  librdf_stream* stream = librdf_parser_parse_as_stream(parser, uri, uri);
  std::string log = world_.TakeLog();
  if (!stream) {
    librdf_free_uri(uri);
    librdf_free_parser(parser);
    throw RdfError("cannot read " + path + ": " + (log.empty() ? "parse error" : log));
  }
  // rasqal lower-cases the language tags of query literals; store them lower-cased too, or "x"@zh-Hant
  // never matches (language tags are case-insensitive).
  while (!librdf_stream_end(stream)) {
    librdf_statement* st = librdf_stream_get_object(stream);
    librdf_node* o = librdf_statement_get_object(st);
    const char* lang = o && librdf_node_is_literal(o) ? librdf_node_get_literal_value_language(o) : nullptr;
    bool upper = false;
    for (const char* c = lang; c && *c; ++c) upper = upper || (*c >= 'A' && *c <= 'Z');
    if (upper) {
      std::string lower(lang);
      for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      size_t len = 0;
      const unsigned char* v = librdf_node_get_literal_value_as_counted_string(o, &len);
      librdf_node* fixed = librdf_new_node_from_typed_counted_literal(w, v, len, lower.c_str(), lower.size(), nullptr);
      librdf_model_add(model_, librdf_new_node_from_node(librdf_statement_get_subject(st)),
                       librdf_new_node_from_node(librdf_statement_get_predicate(st)), fixed);
    } else {
      librdf_model_add_statement(model_, st);
    }
    librdf_stream_next(stream);
  }
  librdf_free_stream(stream);
  librdf_free_uri(uri);
  librdf_free_parser(parser);
  log = world_.TakeLog();
  if (!log.empty() && log.find("rror") != std::string::npos) throw RdfError("cannot read " + path + ": " + log);
}

std::string Model::SerializeTurtle() {
  librdf_world* w = world_.get();
  librdf_serializer* ser = librdf_new_serializer(w, "turtle", nullptr, nullptr);
  if (!ser) throw RdfError("no Redland Turtle serializer");
  // A NULL base URI and writeBaseURI=0: never an @base or an empty prefix that relocates IRIs (TECH-NOTES).
  librdf_uri* feature = librdf_new_uri(w, reinterpret_cast<const unsigned char*>("http://feature.librdf.org/raptor-writeBaseURI"));
  librdf_node* zero = librdf_new_node_from_literal(w, reinterpret_cast<const unsigned char*>("0"), nullptr, 0);
  librdf_serializer_set_feature(ser, feature, zero);
  librdf_free_node(zero);
  librdf_free_uri(feature);
  for (const auto& prefix : ontology::kPrefixes) {
    std::string iri(prefix.iri);
    std::string name(prefix.name);
    librdf_uri* ns = librdf_new_uri(w, reinterpret_cast<const unsigned char*>(iri.c_str()));
    librdf_serializer_set_namespace(ser, ns, name.c_str());
    librdf_free_uri(ns);
  }
  size_t len = 0;
  unsigned char* text = librdf_serializer_serialize_model_to_counted_string(ser, nullptr, model_, &len);
  librdf_free_serializer(ser);
  if (!text) throw RdfError("Turtle serialization failed: " + world_.TakeLog());
  std::string out(reinterpret_cast<const char*>(text), len);
  librdf_free_memory(text);
  return out;
}

}  // namespace citykg::exporter::detail
