// Types handed from stage to stage of extraction (STYLE.md, "Data flow").
#ifndef CITYKG_EXTRACT_TYPES_H_
#define CITYKG_EXTRACT_TYPES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "ontology/vocab.h"

namespace citykg::extract {

// A calendar date with its precision: year only, year-month, or full date.
struct Date {
  int year = 0;
  int month = 0;  // 0 = unknown
  int day = 0;    // 0 = unknown
  bool valid() const { return year > 0; }
  // "2024", "2024-05", "2024-05-16".
  std::string ToString() const;
  // The XSD datatype local name: gYear, gYearMonth or date.
  std::string_view XsdType() const;
  auto operator<=>(const Date&) const = default;
};

// A problem found while reading or extracting one document. Never fatal for a batch.
struct Diagnostic {
  enum class Severity { kWarning, kError };
  Severity severity = Severity::kError;
  std::string file;     // the input path as given
  std::string reason;   // one line, says what is wrong and, where it helps, what to do
  int64_t position = -1;  // byte offset in the file, where known
};

// A source document after reading: decoded to UTF-8, nothing else changed.
struct Document {
  std::string path;      // as found on the command line / in the folder walk
  std::string name;      // file name, used as dcterms:source and in evidence
  std::string text;      // UTF-8
  std::string encoding;  // detected input encoding ("UTF-8", "UTF-16LE", "Big5", ...)
};

// Half-open codepoint span [begin, end) in the normalized text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
};

// The sentence a fact comes from: its text and offsets into the normalized text.
struct Evidence {
  std::string quote;
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t page = 0;  // 1-based page of a paged document (PDF: pages end with a form feed); 0 when it has no pages
};

// An entity as one document knows it. `key` decides merging across documents.
struct Entity {
  std::string key;  // "place:Q1490", "person:小池百合子", "org:UCLG", "event:...", "country:JP"
  ontology::EntityKind kind = ontology::EntityKind::kPerson;
  std::string label;                // display name as written (first full form)
  std::string label_en;             // English / Latin name where known
  std::vector<std::string> names;   // every other name seen (aliases, short forms, other scripts)
  std::string wikidata;             // QID, where the gazetteer knows it
  std::string country;              // key of the country entity (local governments)
  std::string surname;              // persons: the surname, for short-form resolution across documents
  // Names this entity may also go by, never written: the graph merges it with the one node of another document that
  // has one of them (an English-named department of a Taiwanese government and its Chinese name, 嘉義市政府文化局 or
  // 嘉義市政府文化處), and with none where two or more have.
  std::vector<std::string> merge_names;
  bool short_form_only = false;     // persons known only as surname + title in this document
  Date date;                        // events, meetings: start date
  Date end_date;                    // events: end date where stated
};

// A relation between two entities of one document (indices into ExtractedDocument::entities).
struct Relation {
  ontology::RelationKind kind = ontology::RelationKind::kPost;
  int from = -1;
  int to = -1;
  ontology::Role role = ontology::Role::kOther;  // posts
  std::string title;                             // posts: the title as written
  bool past = false;                             // posts the text dates to the past (前, 時任)
  Date date;                                     // as of when
  Evidence evidence;
};

// A meeting between named persons (a ckg:Meeting node with attendees).
struct Meeting {
  std::vector<int> attendees;  // entity indices
  Date date;
  int location = -1;  // entity index of a local government, or -1
  Evidence evidence;
};

// Metadata of a report (CONTRACT §2 "the source document").
struct ReportMeta {
  std::string title;
  int publisher = -1;  // entity index of the publishing government, or -1
  Date date;           // report date
  Date trip_start;
  Date trip_end;
};

// Everything extracted from one document: the unit that extraction hands to the graph.
struct ExtractedDocument {
  Document source;  // text dropped after extraction (only path, name, encoding kept)
  ReportMeta meta;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::vector<Meeting> meetings;
  std::vector<Diagnostic> diagnostics;
  size_t text_chars = 0;
};

}  // namespace citykg::extract

#endif  // CITYKG_EXTRACT_TYPES_H_
