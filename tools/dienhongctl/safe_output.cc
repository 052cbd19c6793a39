#include "tools/dienhongctl/safe_output.h"

#include "common/text.h"

namespace dienhong::ctl {
namespace {

// Length of the longest prefix of `s` that does not end inside a UTF-8 sequence.
size_t CompletePrefix(const std::string& s) {
  size_t i = s.size();
  size_t back = 0;
  while (i > 0 && back < 4) {
    const auto c = static_cast<unsigned char>(s[i - 1]);
    if ((c & 0xC0) != 0x80) {  // the lead byte of the last sequence (or ASCII)
      const size_t need = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
      return back + 1 >= need ? s.size() : i - 1;
    }
    --i;
    ++back;
  }
  return s.size();  // not UTF-8 at all: let EscapeForTerminal show the bytes
}

}  // namespace

EscapingBuf::int_type EscapingBuf::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  pending_.push_back(traits_type::to_char_type(c));
  if (c == '\n') Emit(false);
  return c;
}

std::streamsize EscapingBuf::xsputn(const char* s, std::streamsize n) {
  pending_.append(s, static_cast<size_t>(n));
  if (pending_.find('\n') != std::string::npos) Emit(false);
  return n;
}

int EscapingBuf::sync() {
  Emit(true);
  return out_->pubsync();
}

void EscapingBuf::Emit(bool all) {
  size_t end = all ? CompletePrefix(pending_) : pending_.rfind('\n') + 1;
  if (end == 0) return;
  const std::string shown = EscapeForTerminal(std::string_view(pending_).substr(0, end), keep_);
  out_->sputn(shown.data(), static_cast<std::streamsize>(shown.size()));
  pending_.erase(0, end);
}

SafeOutput::SafeOutput(std::ostream& stream, std::string keep)
    : stream_(stream), original_(stream.rdbuf()), buf_(original_, std::move(keep)) {
  stream_.rdbuf(&buf_);
}

SafeOutput::~SafeOutput() {
  stream_.flush();
  stream_.rdbuf(original_);
}

}  // namespace dienhong::ctl
