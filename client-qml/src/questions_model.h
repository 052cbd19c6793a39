// QuestionsModel: the session's written questions (phiếu chất vấn), over
// SessionState.interpellation as the common Apply folds it.
//
// Rows are questions, filtered by three properties (each change recomputes the rows):
//  - groupId: -1 (default) every question in id order; 0 the questions in no group, in id
//    order; a group's id: that group's questions in its calling order; -2 none (nothing
//    chosen yet);
//  - onlyOwn: only the questions of selfDelegateId (the delegate tablet's "my questions");
//  - respondentAccountId: only the questions addressed to that respondent (the
//    respondent's page; the server already redacts the others' text, this hides the rows).
// The model adds no rule: `statusText` and `progressText` say in words what the state
// holds (chờ xếp nhóm / đã xếp vào nhóm / đã nêu / đã trả lời, hài lòng / chưa hài lòng,
// chuyển trả lời bằng văn bản once the session is closed — common's CarriesOver).
//
// Model-level properties: the invited respondents (for the delegate's form and the
// chair's calls) and the group the chair is running.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QVariantList>

#include "store_list_model.h"

namespace dienhong::client {

class QuestionsModel : public StoreListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(qint64 selfDelegateId READ selfDelegateId WRITE setSelfDelegateId NOTIFY
                 selfDelegateIdChanged)
  Q_PROPERTY(bool onlyOwn READ onlyOwn WRITE setOnlyOwn NOTIFY onlyOwnChanged)
  // (double: QML in Qt 6.4 cannot assign a literal to a qint64 property; ids stay far
  // below 2^53.)
  Q_PROPERTY(double groupId READ groupId WRITE setGroupId NOTIFY groupIdChanged)
  Q_PROPERTY(double respondentAccountId READ respondentAccountId WRITE setRespondentAccountId
                 NOTIFY respondentAccountIdChanged)
  // [{accountId, name, position, agency, text: "Name — Position"}] in order of invitation.
  Q_PROPERTY(QVariantList respondents READ respondents NOTIFY interpellationChanged)
  // The group the chair is running (0: none) and its title.
  Q_PROPERTY(qint64 currentGroupId READ currentGroupId NOTIFY interpellationChanged)
  Q_PROPERTY(QString currentGroupTitle READ currentGroupTitle NOTIFY interpellationChanged)
  // Every question of the session (whatever the filter) and those in no group.
  Q_PROPERTY(int totalCount READ totalCount NOTIFY interpellationChanged)
  Q_PROPERTY(int ungroupedCount READ ungroupedCount NOTIFY interpellationChanged)
  // An explanation hearing (phiên giải trình) and what SetHearing recorded: {issue,
  // panelChairId, panelChairName, panelMemberIds, panelText ("Chủ tọa: …; thành viên: …"),
  // agencies [..], agenciesText, documents [{title, uri}]}; empty until set.
  Q_PROPERTY(bool isHearing READ isHearing NOTIFY interpellationChanged)
  Q_PROPERTY(QVariantMap hearing READ hearing NOTIFY interpellationChanged)

 public:
  enum Roles {
    QuestionIdRole = Qt::UserRole + 1,
    PositionRole,  // 1-based row
    DelegateIdRole,
    DelegateNameRole,  // "" when redacted for a respondent
    RespondentAccountIdRole,
    RespondentNameRole,
    RespondentTextRole,  // "Lê Minh Tuấn — Chủ tịch UBND phường Diên Hồng"
    TextRole,            // "" when redacted
    TopicRole,
    StatusRole,  // v1::QuestionStatus
    StatusTextRole,
    GroupIdRole,
    GroupTitleRole,
    InCurrentGroupRole,  // grouped in the running group, or in none (callable now)
    SatisfactionRole,    // v1::Satisfaction
    SatisfactionTextRole,
    ProgressTextRole,  // the whole state in one sentence, for the questioner
    IsSelfRole,
    RedactedRole,
    CarriesOverRole,
    QuestionTurnCountRole,
    AnswerTurnCountRole,
  };
  Q_ENUM(Roles)

  explicit QuestionsModel(QObject* parent = nullptr);

  qint64 selfDelegateId() const { return selfDelegateId_; }
  void setSelfDelegateId(qint64 id);
  bool onlyOwn() const { return onlyOwn_; }
  void setOnlyOwn(bool own);
  double groupId() const { return static_cast<double>(groupId_); }
  void setGroupId(double id);
  double respondentAccountId() const { return static_cast<double>(respondentAccountId_); }
  void setRespondentAccountId(double id);

  QVariantList respondents() const { return respondents_; }
  qint64 currentGroupId() const { return state().interpellation().current_group_id(); }
  QString currentGroupTitle() const;
  int totalCount() const { return state().interpellation().questions_size(); }
  int ungroupedCount() const;
  bool isHearing() const { return state().kind() == v1::SESSION_KIND_EXPLANATION_HEARING; }
  QVariantMap hearing() const { return hearing_; }

  // The ids of the rows, in row order (the secretary's ordering works on them).
  Q_INVOKABLE QVariantList questionIds() const;
  // The asked-and-not-yet-answered questions of the current rows addressed to
  // `respondentAccountId`: what a respondent can be called to answer together.
  Q_INVOKABLE QVariantList awaitingAnswer(qint64 respondentAccountId) const;

  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 signals:
  void selfDelegateIdChanged();
  void onlyOwnChanged();
  void groupIdChanged();
  void respondentAccountIdChanged();
  void interpellationChanged();

 protected:
  std::vector<int64_t> rowKeys(const v1::SessionState& s) const override;
  bool sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const override;
  void afterChange(const v1::SessionState& previous, const v1::SessionState& now) override;

 private:
  std::vector<const v1::Question*> rows(const v1::SessionState& s) const;
  QString progressText(const v1::SessionState& s, const v1::Question& q) const;
  void updateSummaries();

  qint64 selfDelegateId_ = 0;
  bool onlyOwn_ = false;
  qint64 groupId_ = -1;
  qint64 respondentAccountId_ = 0;
  QVariantList respondents_;
  QVariantMap hearing_;
  QString summaryKey_;
};

}  // namespace dienhong::client
