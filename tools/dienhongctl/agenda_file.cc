#include "tools/dienhongctl/agenda_file.h"

#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>
#include <set>

#include "common/validation.h"
#include "tools/dienhongctl/names.h"
#include "tools/dienhongctl/time_text.h"

namespace dienhong::ctl {
namespace {

using nlohmann::json;

// YAML is read into the same JSON tree so that one mapper serves both formats. Scalars
// stay strings: the mapper converts where a number is expected, which keeps a title such
// as "2026" a title rather than a number.
json YamlToJson(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Sequence: {
      json arr = json::array();
      for (const auto& child : node) arr.push_back(YamlToJson(child));
      return arr;
    }
    case YAML::NodeType::Map: {
      json obj = json::object();
      for (const auto& kv : node) obj[kv.first.as<std::string>()] = YamlToJson(kv.second);
      return obj;
    }
    case YAML::NodeType::Scalar:
      return node.as<std::string>();
    default:
      return nullptr;
  }
}

Status Error(const std::string& path, const std::string& message) {
  return Status::InvalidArgument(path + ": " + message);
}

Status CheckKeys(const json& obj, const std::string& path, std::set<std::string> allowed) {
  if (!obj.is_object()) return Error(path, "phải là một đối tượng (các cặp khóa: giá trị)");
  for (const auto& [key, value] : obj.items()) {
    if (!allowed.count(key)) {
      std::string list;
      for (const auto& k : allowed) list += (list.empty() ? "" : ", ") + k;
      return Error(path.empty() ? key : path + "." + key,
                   "khóa không được hỗ trợ; các khóa hợp lệ: " + list);
    }
  }
  return Status::Ok();
}

// A string field; numbers are accepted and written as typed (JSON "12" or 12).
Result<std::string> GetString(const json& obj, const std::string& key, const std::string& path,
                              bool required) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) {
    if (required) return Error(path, "bắt buộc phải có");
    return std::string();
  }
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return Error(path, "phải là một chuỗi");
}

Result<int32_t> GetInt(const json& obj, const std::string& key, const std::string& path) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return 0;
  if (it->is_number_integer()) {
    const auto v = it->get<int64_t>();
    if (v >= 0 && v <= 24 * 60 * 7) return static_cast<int32_t>(v);
  } else if (it->is_string()) {
    const std::string s = it->get<std::string>();
    if (!s.empty() && s.size() <= 5 && s.find_first_not_of("0123456789") == std::string::npos) {
      return static_cast<int32_t>(std::stoi(s));
    }
  }
  return Error(path, "phải là một số phút nguyên từ 0 đến 10080");
}

Result<const json*> GetList(const json& obj, const std::string& key, const std::string& path) {
  static const json kEmpty = json::array();
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return &kEmpty;
  if (!it->is_array()) return Error(path, "phải là một danh sách");
  return &*it;
}

Status ReadDocument(const json& j, const std::string& path, v1::DocumentRef& doc) {
  DH_RETURN_IF_ERROR(CheckKeys(j, path, {"title", "uri", "digest"}));
  DH_ASSIGN_OR_RETURN(std::string title, GetString(j, "title", path + ".title", true));
  DH_ASSIGN_OR_RETURN(std::string uri, GetString(j, "uri", path + ".uri", false));
  DH_ASSIGN_OR_RETURN(std::string digest, GetString(j, "digest", path + ".digest", false));
  doc.set_title(title);
  doc.set_uri(uri);
  doc.set_digest(digest);
  return Status::Ok();
}

Status ReadItem(const json& j, const std::string& path, v1::AgendaItem& item) {
  DH_RETURN_IF_ERROR(
      CheckKeys(j, path, {"kind", "title", "planned_minutes", "presenter", "documents"}));
  DH_ASSIGN_OR_RETURN(std::string kind, GetString(j, "kind", path + ".kind", true));
  auto k = ParseAgendaItemKind(kind);
  if (!k) {
    return Error(path + ".kind",
                 "không có loại mục \"" + kind + "\"; dùng " + AgendaItemKindWords());
  }
  item.set_kind(*k);
  DH_ASSIGN_OR_RETURN(std::string title, GetString(j, "title", path + ".title", true));
  item.set_title(title);
  DH_ASSIGN_OR_RETURN(int32_t minutes, GetInt(j, "planned_minutes", path + ".planned_minutes"));
  item.set_planned_minutes(minutes);
  DH_ASSIGN_OR_RETURN(std::string presenter, GetString(j, "presenter", path + ".presenter", false));
  item.set_presenter(presenter);
  DH_ASSIGN_OR_RETURN(const json* docs, GetList(j, "documents", path + ".documents"));
  for (size_t i = 0; i < docs->size(); ++i) {
    DH_RETURN_IF_ERROR(ReadDocument((*docs)[i], path + ".documents[" + std::to_string(i) + "]",
                                    *item.add_documents()));
  }
  return Status::Ok();
}

Status ReadSitting(const json& j, const std::string& path, v1::Sitting& sitting) {
  DH_RETURN_IF_ERROR(CheckKeys(j, path, {"title", "planned_start"}));
  DH_ASSIGN_OR_RETURN(std::string title, GetString(j, "title", path + ".title", true));
  sitting.set_title(title);
  DH_ASSIGN_OR_RETURN(std::string start,
                      GetString(j, "planned_start", path + ".planned_start", false));
  if (!start.empty()) {
    auto ts = ParseIsoTime(start);
    if (!ts) {
      return Error(
          path + ".planned_start",
          "\"" + start + "\" không phải thời điểm ISO 8601, ví dụ 2026-12-08T08:00:00+07:00");
    }
    *sitting.mutable_planned_start() = *ts;
  }
  return Status::Ok();
}

Result<v1::CreateSessionRequest> FromJson(const json& root) {
  DH_RETURN_IF_ERROR(CheckKeys(root, "", {"title", "kind", "place", "sittings", "agenda"}));
  v1::CreateSessionRequest req;
  DH_ASSIGN_OR_RETURN(std::string title, GetString(root, "title", "title", true));
  if (title.empty()) return Error("title", "không được để trống");
  req.set_title(title);
  DH_ASSIGN_OR_RETURN(std::string kind, GetString(root, "kind", "kind", true));
  auto k = ParseSessionKind(kind);
  if (!k) return Error("kind", "không có loại kỳ họp \"" + kind + "\"; dùng " + SessionKindWords());
  req.set_kind(*k);
  DH_ASSIGN_OR_RETURN(std::string place, GetString(root, "place", "place", false));
  req.set_place(place);
  DH_ASSIGN_OR_RETURN(const json* sittings, GetList(root, "sittings", "sittings"));
  for (size_t i = 0; i < sittings->size(); ++i) {
    DH_RETURN_IF_ERROR(
        ReadSitting((*sittings)[i], "sittings[" + std::to_string(i) + "]", *req.add_sittings()));
  }
  DH_ASSIGN_OR_RETURN(const json* agenda, GetList(root, "agenda", "agenda"));
  for (size_t i = 0; i < agenda->size(); ++i) {
    DH_RETURN_IF_ERROR(
        ReadItem((*agenda)[i], "agenda[" + std::to_string(i) + "]", *req.add_agenda()));
  }
  return req;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

Result<SessionFileFormat> SessionFileFormatFromPath(std::string_view path) {
  if (EndsWith(path, ".json")) return SessionFileFormat::kJson;
  if (EndsWith(path, ".yaml") || EndsWith(path, ".yml")) return SessionFileFormat::kYaml;
  return Status::InvalidArgument(std::string(path) +
                                 ": không rõ định dạng; tên tệp phải kết thúc bằng .json, "
                                 ".yaml hoặc .yml");
}

Result<v1::CreateSessionRequest> ParseSessionFile(std::string_view text, SessionFileFormat format) {
  // yaml-cpp passes any bytes through: a file saved in a legacy code page would become a
  // request that protobuf cannot send and the server cannot decode.
  if (!IsValidUtf8(text)) {
    return Status::InvalidArgument("tệp không phải UTF-8: hãy lưu lại tệp với mã hóa UTF-8");
  }
  json root;
  if (format == SessionFileFormat::kJson) {
    try {
      root = json::parse(text);
    } catch (const json::parse_error& e) {
      return Status::InvalidArgument("JSON không hợp lệ tại byte " + std::to_string(e.byte) + ": " +
                                     e.what());
    }
  } else {
    try {
      root = YamlToJson(YAML::Load(std::string(text)));
    } catch (const YAML::Exception& e) {
      return Status::InvalidArgument("YAML không hợp lệ ở dòng " + std::to_string(e.mark.line + 1) +
                                     ": " + e.msg);
    }
  }
  if (!root.is_object()) {
    return Status::InvalidArgument("tệp phải là một đối tượng với các khóa title, kind, ...");
  }
  return FromJson(root);
}

}  // namespace dienhong::ctl
