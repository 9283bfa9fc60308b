// Internal: text out of PDF (poppler-cpp) and Word/ODF (libzip + pugixml) files.
#ifndef CITYKG_EXTRACT_DETAIL_CONTAINERS_H_
#define CITYKG_EXTRACT_DETAIL_CONTAINERS_H_

#include <string>
#include <string_view>

namespace citykg::extract::detail {

struct ContainerText {
  bool ok = false;
  std::string text;      // UTF-8, pages separated by a form feed (PDF)
  std::string encoding;  // "PDF", "DOCX", "ODT"
  std::string reason;    // why it failed
  int pages = 0;
};

// Text of a PDF in reading order; headers, footers and page numbers repeated on most pages dropped. Fails on
// broken or encrypted files and on text whose fonts have no Unicode map ((cid:…) glyphs, U+FFFD, private use).
ContainerText PdfText(std::string_view bytes);

// Text of a .docx (word/document.xml) or .odt (content.xml): paragraphs on lines, table cells separated by tabs.
ContainerText OfficeText(std::string_view bytes);

// A plain text hard-wrapped at one width (text copied out of a PDF: 本縣與韓國安東市…在文化藝術⏎及觀光方面…) with its
// wrapped lines joined: a line as wide as the widest ones, ending in no sentence mark and followed by text, goes on in
// the next line. Text that is not wrapped so (most lines shorter than the widest) comes back unchanged.
std::string UnwrapHardWrapped(std::string text);

// A line of prose broken right after a name's Latin gloss (…，由社長朴東赫（Park Dong-hyeok）⏎簡報…), as a hand-wrapped PDF
// text breaks where the gloss made the line too long: joined with the next line where that opens with a Han character
// and is no list item, heading number or field. The line must hold a comma before the gloss (prose, not a heading).
// Anything else comes back unchanged.
std::string JoinGlossBreaks(std::string text);

// A Rich Text Format file (Word's .rtf: it opens with {\rtf): its text, a line per paragraph (\par), a tab per cell,
// Unicode escapes (\uN with their fallbacks skipped) and code-page bytes (\'hh under \ansicpgN) decoded, the groups that
// hold no text (fonts, colours, styles, info, pictures, \* destinations, headers and footers) dropped. Anything else
// comes back unchanged.
std::string RtfAsText(std::string text);

// A page's HTML source saved as text (it opens with <!DOCTYPE html or <html): the page's text, a line per block (p, div,
// h1…h6, br, li, tr, title …), a tab after a cell, scripts and styles dropped, character references (&nbsp;, &amp;,
// &#NNN;) decoded. Anything else comes back unchanged.
std::string HtmlAsText(std::string text);

// A whole file of comma-separated values with a header line (an open-data export of releases: 標題,發布日期,…,內容 with
// quoted fields that hold commas, line breaks and doubled quotes) written as blocks of fields, one per record
// (標題：…⏎發布日期：…⏎內容：…), a blank line between them. Anything else (a report with a few comma-separated rows pasted
// in, a file whose records do not all have the header's fields) comes back unchanged.
std::string CsvAsFields(std::string text);

// Rows of values separated by semicolons (a registration system's export pasted in: 姓名;國家;城市;職稱 then one row a
// line) read as a tabbed table: a block of two lines or more with the same number of semicolons (two or more), its first
// line's cells short, gets tabs for its semicolons. Prose and other text come back unchanged.
std::string SemicolonRowsAsTabs(std::string text);

// A page laid out in two columns as pdftotext -layout saves it (each line: the left column's line, spaces to one column,
// the right column's line) read column by column: the left column's lines, then the right one's, each with its wrapped
// lines joined. Only two columns of wrapped prose count (lines of each as wide as its widest); a list of fields padded
// to one column and text with no such layout come back unchanged.
std::string SplitColumns(std::string text);

// A plain text with a PDF's page furniture copied along: lines that give a page number (第 N 頁, Page N, - N -) or
// repeat three times or more with only their numbers changed (a running header with its page) are dropped, and a
// sentence a page break split (…局長佐藤健一 / header / 及越南…) is joined again.
std::string DropPageFurniture(std::string text);

}  // namespace citykg::extract::detail

#endif  // CITYKG_EXTRACT_DETAIL_CONTAINERS_H_
