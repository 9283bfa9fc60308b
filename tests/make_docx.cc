// Writes a minimal .docx (WordprocessingML in a ZIP, built with libzip) holding a text file's lines as paragraphs.
// Usage: citykg_make_docx IN.txt OUT.docx
#include <zip.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace {
std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else out += c;
  }
  return out;
}
bool Add(zip_t* z, const char* name, const std::string& content) {
  zip_source_t* s = zip_source_buffer(z, content.data(), content.size(), 0);
  return s && zip_file_add(z, name, s, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) >= 0;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s IN.txt OUT.docx\n", argv[0]);
    return 1;
  }
  std::ifstream in(argv[1]);
  std::stringstream body;
  std::string line;
  while (std::getline(in, line)) {
    body << "<w:p>";
    // Tabs of the text become w:tab, like a table row typed with tabs.
    size_t start = 0;
    for (size_t p = line.find('\t'); ; p = line.find('\t', start)) {
      std::string part = line.substr(start, p == std::string::npos ? std::string::npos : p - start);
      if (!part.empty()) body << "<w:r><w:t xml:space=\"preserve\">" << Escape(part) << "</w:t></w:r>";
      if (p == std::string::npos) break;
      body << "<w:r><w:tab/></w:r>";
      start = p + 1;
    }
    body << "</w:p>\n";
  }
  static const std::string document_head =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\n";
  std::string document = document_head + body.str() + "</w:body></w:document>\n";
  const std::string content_types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  const std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"word/document.xml\"/></Relationships>";
  int error = 0;
  zip_t* z = zip_open(argv[2], ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!z) return 1;
  bool ok = Add(z, "[Content_Types].xml", content_types) && Add(z, "_rels/.rels", rels) &&
            Add(z, "word/document.xml", document);
  if (zip_close(z) != 0 || !ok) return 1;
  return 0;
}
