#pragma once

#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace duban::core {

class Database;

/// The fixed texts of a report package (报送表): the visible sheet's column header and the hidden sheet
/// that identifies the package. They are the same in every language, so that a package sent by an office
/// working in English is read by one working in Chinese.
namespace package {
inline constexpr char kFormat[] = "duban-report-package";
inline constexpr int kVersion = 1;
inline constexpr char kIdentitySheet[] = "duban";
/// The header row's texts, in order; column 0 (the task key) is hidden.
QStringList header();
inline constexpr int kKeyColumn = 0, kNumberColumn = 1, kTitleColumn = 2, kDeadlineColumn = 3,
                     kStateColumn = 4, kProgressColumn = 5, kPercentColumn = 6, kProblemsColumn = 7,
                     kNextColumn = 8, kCompletionColumn = 9, kExtensionColumn = 10, kColumns = 11;
inline constexpr int kTitleRow = 0, kInstructionRow = 1, kHeaderRow = 2, kFirstTaskRow = 3;
/// "是" / "否": the 申请办结 list.
QString yes();
QString no();
} // namespace package

/// One task of a package, as issued: the locked cells.
struct PackageTask
{
    qint64 taskId = 0;
    QString key; ///< "T<id>", the hidden key
    QString number;
    QString title;
    QString deadline; ///< ISO date, or empty
    QString state;    ///< 当前状态: the light and its first reason, as of the issue
};

/// What one unit's package holds.
struct PackageContent
{
    QString identity; ///< the database's
    QString unit;
    QString period; ///< "2023-06"
    QDate first, last;
    QDateTime issued;
    QString title; ///< "新区经济发展局 2023年6月 工作进展报送表"
    QString instruction;
    QList<PackageTask> tasks;
    QString fileName; ///< 新区经济发展局-2023年6月-报送表.xlsx
};

/// A problem of a returned package.
struct ReturnProblem
{
    enum class Kind
    {
        NotAPackage,     ///< not a workbook, or no identity sheet
        OtherDatabase,   ///< the identity is another database's
        OtherPeriod,     ///< not the period asked for
        UnknownUnit,     ///< the unit is not in the directory
        NotTheUnitsTask, ///< a task the unit neither leads nor co-handles (or no longer exists)
        LockedCellEdited,
        BadPercent,  ///< not a number 0–100
        BadDate,     ///< 申请延期至 not a date, or not after the deadline
        BadChoice,   ///< 申请办结 neither 是 nor 否
        RowAdded,    ///< a row with content but no key the package issued
        RowDeleted,  ///< a task the package issued is missing
        HeaderEdited ///< the column header was changed or columns moved
    };
    Kind kind = Kind::NotAPackage;
    int row = -1; ///< 1-based sheet row, -1 for the whole file
    QString message;
};

/// What a return adds, per task.
struct ReturnedTask
{
    qint64 taskId = 0;
    QString number;
    QString title;
    QString progress;
    int percent = -1; ///< -1: left empty
    QString problems;
    QString nextSteps;
    bool requestCompletion = false;
    QDate extendTo;
    bool alreadyCollected = false; ///< the same report is in the ledger already: nothing is added
};

/// One returned file, read and checked.
struct ReturnedPackage
{
    QString file;
    QString unit;
    QString period;
    QDateTime issued;
    QList<ReturnedTask> tasks;
    QList<ReturnProblem> problems;
    bool ok() const { return problems.isEmpty(); }
    /// Reports, completion requests and extension requests it would add.
    int reports() const;
    int completionRequests() const;
    int extensionRequests() const;
};

/// Report packages (报送表), the offline channel of the loop: one workbook per unit with the tasks it leads
/// and co-handles for a period, filled in by the unit and sent back; the returns are read, checked against
/// what was issued and the ledger, previewed, and saved all or nothing. (The workbook itself is written by
/// ui::ReportPackageWriter: the .xlsx rendering belongs to the window's module.)
class ReportPackageService final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::ReportPackageService)

public:
    explicit ReportPackageService(Database &database);

    /// The files to collect from `paths`: files as given, folders as their .xlsx files by name (not
    /// Excel's ~$ lock files).
    static QStringList packageFiles(const QStringList &paths);

    /// "2023-06" → the month; nullopt for anything else.
    static std::optional<std::pair<QDate, QDate>> parsePeriod(const QString &period);

    /// The units with open tasks to report on as of the period's last day (leads and co-units), in the
    /// order of unit lists; or only `unit` (by name or alias; Code::NotFound when unknown).
    std::optional<QStringList> units(const QString &period, const QString &unit, StorageError *error) const;
    /// The package of `unit` for `period`, issued at `issued`.
    std::optional<PackageContent> content(const QString &unit, const QString &period, const QDateTime &issued,
                                          StorageError *error) const;

    /// Reads and checks a returned file. `period`, when given, is the period expected.
    ReturnedPackage read(const QString &path, const QString &period = {}) const;
    /// Saves the returns (each must be ok()) in one transaction: a progress report per task with something
    /// to say, and the completion and extension requests, dated `on` and recorded for the package's unit.
    /// What is already in the ledger (the same report of the same unit and day) is skipped. Returns the
    /// number of reports added; nullopt with `error` (nothing saved) on a problem.
    struct Saved
    {
        QList<qint64> reports;
        QList<qint64> requests;
        QList<qint64> tasks; ///< every task something was saved for, once each
    };
    std::optional<Saved> save(const QList<ReturnedPackage> &returns, const QDate &on,
                              StorageError *error) const;
    /// Takes back what save() saved (undo), in one transaction: the requests withdrawn, the reports removed
    /// (their history stays, as for every removal).
    bool undo(const Saved &saved, StorageError *error) const;

private:
    Database &m_database;
};

} // namespace duban::core
