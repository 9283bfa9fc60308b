// Internal: RAII wrappers over Redland librdf. Debian's Redland has no thread support: every use holds
// RedlandMutex() (TECH-NOTES).
#ifndef CITYKG_EXPORT_DETAIL_REDLAND_H_
#define CITYKG_EXPORT_DETAIL_REDLAND_H_

#include <redland.h>

#include <mutex>
#include <string>

#include "export/triples.h"

namespace citykg::exporter::detail {

std::recursive_mutex& RedlandMutex();

class World {
 public:
  World();
  ~World();
  World(const World&) = delete;
  World& operator=(const World&) = delete;
  librdf_world* get() const { return world_; }
  // Messages Redland logged since the last call (errors and warnings), cleared on read.
  std::string TakeLog();

 private:
  static int LogHandler(void* user, librdf_log_message* message);
  librdf_world* world_;
  std::string log_;
};

librdf_node* MakeNode(librdf_world* world, const Term& t);  // new node, caller owns
Term ToTerm(librdf_node* node);                              // for IRIs, literals; blank nodes as "_:id"

class Model {
 public:
  Model(World& world, const char* storage_name, const char* options);
  ~Model();
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;
  void Add(const Term& s, const Term& p, const Term& o);
  // Parses a file (syntax by name: "turtle", "ntriples", "guess"). Throws RdfError with Redland's message.
  void ParseFile(const std::string& path, const char* syntax);
  std::string SerializeTurtle();
  librdf_model* get() const { return model_; }
  World& world() const { return world_; }

 private:
  World& world_;
  librdf_storage* storage_ = nullptr;
  librdf_model* model_ = nullptr;
};

}  // namespace citykg::exporter::detail

#endif  // CITYKG_EXPORT_DETAIL_REDLAND_H_
