// Registry: councils and their delegates, held in memory (they are small and read on every
// session command) and persisted in the reference tables with an event on the registry
// stream for every change.
//
// Thread-safety: all methods may be called from any thread. Reads take a shared lock;
// writes block until durable (call them from a WorkerPool, not a gRPC callback thread).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <shared_mutex>
#include <vector>

#include "common/result.h"
#include "dienhong/v1/council.pb.h"
#include "dienhong/v1/events.pb.h"
#include "server/registry_log.h"
#include "server/store/log_reader.h"

namespace dienhong {

class Registry {
 public:
  explicit Registry(RegistryLog& log) : log_(log) {}

  // Loads the reference tables.
  Status Load(store::LogReader& reader);

  // Validates and stores a new council (id assigned; quorum defaults to 2/3, level_label
  // defaults from the level).
  Result<v1::Council> CreateCouncil(v1::Council council, const v1::Actor& actor);
  Result<v1::Council> SetQuorumRule(int64_t council_id, const v1::Fraction& rule,
                                    const v1::Actor& actor);
  // Validates (common/floor.h) and stores a council's rules of procedure for the floor;
  // logs CouncilFloorRulesChanged on the registry stream.
  Result<v1::Council> SetFloorRules(int64_t council_id, const v1::FloorRules& rules,
                                    const v1::Actor& actor);
  // Validates and stores a council's dossier rules (document.proto; sessions created or
  // convened afterwards copy them); logs CouncilDossierRulesChanged on the registry stream.
  Result<v1::Council> SetDossierRules(int64_t council_id, const v1::DossierRules& rules,
                                      const v1::Actor& actor);
  Result<v1::Delegate> AddDelegate(v1::Delegate delegate, const v1::Actor& actor);
  // All or nothing: when any row is invalid, returns the row errors and stores nothing.
  Result<std::vector<v1::Delegate>> ImportDelegates(int64_t council_id,
                                                    std::vector<v1::Delegate> delegates,
                                                    const v1::Actor& actor,
                                                    std::vector<v1::RowError>* row_errors);

  Result<v1::Council> Council(int64_t council_id) const;
  std::vector<v1::Council> Councils() const;
  std::vector<v1::Delegate> Delegates(int64_t council_id) const;
  Result<v1::Delegate> Delegate(int64_t delegate_id) const;

 private:
  // Reads the council, lets `change_council` modify it and name the registry event (or
  // refuse), then stores the council and logs the event in one transaction.
  Result<v1::Council> UpdateCouncil(
      int64_t council_id, const v1::Actor& actor,
      const std::function<Result<v1::Event>(v1::Council&)>& change_council);
  // Cleans the delegate's texts (common/text.h) and validates it against the current data
  // and the rows of the same batch (`batch`); uniqueness compares the cleaned texts.
  Status ValidateDelegate(v1::Delegate* d, const std::vector<v1::Delegate>& batch) const;

  RegistryLog& log_;
  mutable std::shared_mutex mu_;
  std::map<int64_t, v1::Council> councils_;    // guarded by mu_
  std::map<int64_t, v1::Delegate> delegates_;  // guarded by mu_
};

}  // namespace dienhong
