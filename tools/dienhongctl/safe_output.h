// SafeOutput: everything dienhongctl prints goes through EscapeForTerminal
// (common/text.h), so text from the server (a delegate's name, a question, an error
// message quoting a seat) cannot move the cursor, clear the screen, retitle the terminal
// or reorder what is shown: an ESC or a bidi control is printed as "\x1b" / "\u202e".
// The server refuses such characters in new input (CleanText); this protects against
// what is already stored and against a server that is not ours.
//
// Installed once in main() on std::cout and std::cerr; a line is escaped whole when it
// ends (or on flush), so a UTF-8 sequence is never cut in two.
//
// Thread-safety: like the stream it wraps (dienhongctl prints from one thread).
#pragma once

#include <ostream>
#include <streambuf>
#include <string>

namespace dienhong::ctl {

class EscapingBuf : public std::streambuf {
 public:
  // Writes to `out`, keeping the ASCII control characters in `keep` (e.g. "\n\t").
  EscapingBuf(std::streambuf* out, std::string keep) : out_(out), keep_(std::move(keep)) {}
  ~EscapingBuf() override { sync(); }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  void Emit(bool all);

  std::streambuf* out_;
  std::string keep_;
  std::string pending_;
};

// Puts an EscapingBuf in front of `stream` for as long as the guard lives.
class SafeOutput {
 public:
  SafeOutput(std::ostream& stream, std::string keep);
  ~SafeOutput();
  SafeOutput(const SafeOutput&) = delete;
  SafeOutput& operator=(const SafeOutput&) = delete;

 private:
  std::ostream& stream_;
  std::streambuf* original_;
  EscapingBuf buf_;
};

}  // namespace dienhong::ctl
