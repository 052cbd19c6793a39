#include "server/idempotency_key.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <sodium.h>

namespace dienhong {

Result<std::string> MakeIdempotencyKey(int64_t account_id, const std::string& request_id,
                                       int64_t session_id,
                                       const google::protobuf::Message& command) {
  if (request_id.empty()) return std::string();
  if (request_id.size() > kMaxRequestIdChars) {
    return Status::InvalidArgument("request_id: tối đa " + std::to_string(kMaxRequestIdChars) +
                                   " ký tự");
  }
  for (char c : request_id) {
    if (c < 0x21 || c > 0x7E) {
      return Status::InvalidArgument(
          "request_id: chỉ gồm chữ cái không dấu, chữ số và ký hiệu ASCII (không dấu cách), "
          "ví dụ một UUID");
    }
  }
  // Deterministic serialization: the same request gives the same bytes in every process
  // of this build (maps in order). Prefixed by the type and the session so that the
  // same bytes sent to another method or session do not match.
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream out(&bytes);
    google::protobuf::io::CodedOutputStream coded(&out);
    coded.SetSerializationDeterministic(true);
    command.SerializeToCodedStream(&coded);
  }
  const std::string input =
      command.GetTypeName() + '\0' + std::to_string(session_id) + '\0' + bytes;
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(input.data()), input.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string key = std::to_string(account_id) + ":" + request_id + " ";
  for (size_t i = 0; i < 16; ++i) {  // 128 bits: a collision needs 2^64 commands
    key += kHex[digest[i] >> 4];
    key += kHex[digest[i] & 0xF];
  }
  return key;
}

IdempotencyKeyParts SplitIdempotencyKey(std::string_view key) {
  const size_t space = key.find(' ');
  if (space == std::string_view::npos) return {key, {}};
  return {key.substr(0, space), key.substr(space + 1)};
}

std::string_view RequestIdOf(std::string_view key) {
  std::string_view scope = SplitIdempotencyKey(key).scope;
  const size_t colon = scope.find(':');
  return colon == std::string_view::npos ? scope : scope.substr(colon + 1);
}

}  // namespace dienhong
