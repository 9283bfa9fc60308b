#include "export/graph_store.h"

#include <curl/curl.h>
#include <raptor2.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "export/turtle.h"

namespace citykg::exporter {

namespace fs = std::filesystem;

std::string GraphFile(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const char* name : {"graph.ttl", "graph.nt"}) {
      fs::path f = fs::path(path) / name;
      if (fs::is_regular_file(f, ec)) return f.string();
    }
    throw RdfError(path + ": no graph.ttl or graph.nt in this folder (run citykg build first)");
  }
  if (!fs::is_regular_file(path, ec)) throw RdfError(path + ": no such graph file or folder");
  return path;
}

namespace {

bool IsNTriples(const std::string& file) { return fs::path(file).extension() == ".nt"; }

struct CountState {
  size_t n = 0;
  std::string error;
};

void OnStatement(void* user, raptor_statement*) { ++static_cast<CountState*>(user)->n; }

void OnLog(void* user, raptor_log_message* m) {
  auto* st = static_cast<CountState*>(user);
  if (m->level < RAPTOR_LOG_LEVEL_ERROR || !st->error.empty()) return;
  st->error = m->text ? m->text : "parse error";
  if (m->locator && m->locator->line >= 0) st->error += " (line " + std::to_string(m->locator->line) + ")";
}

}  // namespace

size_t CountTriples(const std::string& file) {
  // raptor2 alone (not librdf): a world of its own, so no Redland lock is needed.
  std::unique_ptr<raptor_world, decltype(&raptor_free_world)> world(raptor_new_world(), raptor_free_world);
  if (!world || raptor_world_open(world.get()) != 0) throw RdfError("cannot start raptor");
  CountState st;
  raptor_world_set_log_handler(world.get(), &st, OnLog);
  std::unique_ptr<raptor_parser, decltype(&raptor_free_parser)> parser(
      raptor_new_parser(world.get(), IsNTriples(file) ? "ntriples" : "turtle"), raptor_free_parser);
  if (!parser) throw RdfError("cannot make a raptor parser");
  raptor_parser_set_statement_handler(parser.get(), &st, OnStatement);
  FILE* fh = std::fopen(file.c_str(), "rb");
  if (!fh) throw RdfError(file + ": cannot be read");
  std::unique_ptr<raptor_uri, decltype(&raptor_free_uri)> base(
      raptor_new_uri(world.get(), reinterpret_cast<const unsigned char*>("file:///citykg-load")), raptor_free_uri);
  int rc = raptor_parser_parse_file_stream(parser.get(), fh, file.c_str(), base.get());
  std::fclose(fh);
  if (rc != 0 || !st.error.empty()) throw RdfError(file + ": not a valid graph file: " + st.error);
  return st.n;
}

namespace {

struct Upload {
  FILE* fh = nullptr;
  curl_off_t sent = 0;
  std::chrono::steady_clock::time_point last_progress = std::chrono::steady_clock::now();
  bool stalled = false;
};

constexpr int kStallSeconds = 30;

// Aborts an upload the server has stopped reading (an endpoint that is not a Graph Store one may never read the
// body). Once the whole graph is sent, waiting for the server's answer is bounded only by --timeout.
int OnProgress(void* user, curl_off_t, curl_off_t, curl_off_t ultotal, curl_off_t ulnow) {
  auto* up = static_cast<Upload*>(user);
  auto now = std::chrono::steady_clock::now();
  if (ulnow != up->sent || (ultotal > 0 && ulnow >= ultotal)) {
    up->sent = ulnow;
    up->last_progress = now;
    return 0;
  }
  if (now - up->last_progress > std::chrono::seconds(kStallSeconds)) {
    up->stalled = true;
    return 1;
  }
  return 0;
}

size_t ReadBody(char* buf, size_t size, size_t n, void* user) {
  return std::fread(buf, size, n, static_cast<Upload*>(user)->fh);
}

// Digest authentication sends the body twice (the first answer is the challenge): libcurl rewinds through this.
int SeekBody(void* user, curl_off_t offset, int origin) {
  return ::fseeko(static_cast<Upload*>(user)->fh, static_cast<off_t>(offset), origin) == 0 ? CURL_SEEKFUNC_OK
                                                                                             : CURL_SEEKFUNC_FAIL;
}

size_t KeepBody(char* buf, size_t size, size_t n, void* user) {
  auto* s = static_cast<std::string*>(user);
  if (s->size() < 4096) s->append(buf, std::min(size * n, 4096 - s->size()));
  return size * n;
}

struct CurlGlobal {
  CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
  ~CurlGlobal() { curl_global_cleanup(); }
};

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  return s;
}

}  // namespace

LoadResult LoadIntoStore(const std::string& path, const LoadOptions& options) {
  static CurlGlobal global;
  LoadResult result;
  result.file = GraphFile(path);
  result.triples = CountTriples(result.file);
  std::error_code ec;
  result.bytes = static_cast<size_t>(fs::file_size(result.file, ec));

  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) throw LoadError("cannot start libcurl", 0, "");
  std::unique_ptr<char, decltype(&curl_free)> escaped(
      curl_easy_escape(curl.get(), options.graph_iri.c_str(), static_cast<int>(options.graph_iri.size())), curl_free);
  std::string url = options.endpoint + (options.endpoint.find('?') == std::string::npos ? "?" : "&") +
                    options.graph_param + "=" + escaped.get();
  result.request = std::string(options.add ? "POST " : "PUT ") + url;

  Upload up;
  up.fh = std::fopen(result.file.c_str(), "rb");
  if (!up.fh) throw RdfError(result.file + ": cannot be read");
  std::unique_ptr<FILE, decltype(&std::fclose)> closer(up.fh, std::fclose);

  std::string body;
  char errbuf[CURL_ERROR_SIZE] = {0};
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);  // PUT with a streamed body
  if (options.add) curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, "POST");
  curl_easy_setopt(c, CURLOPT_READFUNCTION, ReadBody);
  curl_easy_setopt(c, CURLOPT_READDATA, &up);
  curl_easy_setopt(c, CURLOPT_SEEKFUNCTION, SeekBody);
  curl_easy_setopt(c, CURLOPT_SEEKDATA, &up);
  curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(result.bytes));
  curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, OnProgress);
  curl_easy_setopt(c, CURLOPT_XFERINFODATA, &up);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, KeepBody);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  if (options.timeout_seconds > 0) curl_easy_setopt(c, CURLOPT_TIMEOUT, options.timeout_seconds);
  if (!options.user.empty()) {
    curl_easy_setopt(c, CURLOPT_HTTPAUTH, CURLAUTH_ANY);
    curl_easy_setopt(c, CURLOPT_USERNAME, options.user.c_str());
    curl_easy_setopt(c, CURLOPT_PASSWORD, options.password.c_str());
  }
  struct curl_slist* headers = nullptr;
  headers = curl_slist_append(headers, IsNTriples(result.file) ? "Content-Type: application/n-triples"
                                                               : "Content-Type: text/turtle; charset=utf-8");
  headers = curl_slist_append(headers, "Expect:");  // no 100-continue round trip
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> header_list(headers, curl_slist_free_all);
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);

  auto t0 = std::chrono::steady_clock::now();
  CURLcode rc = curl_easy_perform(c);
  // A connection the server closes while the body is still going out (it may answer an authentication challenge and
  // hang up before reading the rest: "Send failure: Connection reset by peer") is tried once more from the start.
  // A PUT replaces the graph and a POST adds a set of triples: sending it again changes nothing.
  if ((rc == CURLE_SEND_ERROR || rc == CURLE_RECV_ERROR || rc == CURLE_GOT_NOTHING) && !up.stalled) {
    std::rewind(up.fh);
    up = Upload{up.fh};
    body.clear();
    errbuf[0] = 0;
    rc = curl_easy_perform(c);
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (rc != CURLE_OK && up.stalled) {
    throw LoadError(options.endpoint + ": the server stopped reading the graph after " + std::to_string(up.sent) + " of " +
                        std::to_string(result.bytes) + " bytes for " + std::to_string(kStallSeconds) +
                        " s; is this a Graph Store Protocol endpoint?",
                    0, body);
  }
  if (rc == CURLE_OPERATION_TIMEDOUT) {
    throw LoadError(options.endpoint + ": no answer within " + std::to_string(options.timeout_seconds) +
                        " s (--timeout); is this a Graph Store Protocol endpoint?",
                    0, body);
  }
  if (rc != CURLE_OK) {
    throw LoadError(options.endpoint + ": " + (errbuf[0] ? std::string(errbuf) : curl_easy_strerror(rc)), 0, body);
  }
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &result.status);
  if (result.status < 200 || result.status >= 300) {
    throw LoadError(options.endpoint + ": the server refused the graph: HTTP " + std::to_string(result.status), result.status,
                    Trim(body));
  }
  return result;
}

}  // namespace citykg::exporter
