#include "server/records/json_export.h"

#include <google/protobuf/util/json_util.h>

namespace dienhong::records {

std::string RecordToJson(const v1::SessionRecord& record) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.always_print_primitive_fields = true;
  options.preserve_proto_field_names = true;
  std::string out;
  // Printing a valid message cannot fail (no Any, no unknown enums).
  (void)google::protobuf::util::MessageToJsonString(record, &out, options);
  return out;
}

Result<v1::SessionRecord> RecordFromJson(const std::string& json) {
  v1::SessionRecord record;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  auto status = google::protobuf::util::JsonStringToMessage(json, &record, options);
  if (!status.ok()) {
    return Status::InvalidArgument("tệp JSON không phải hồ sơ kỳ họp: " +
                                   std::string(status.message()));
  }
  return record;
}

}  // namespace dienhong::records
