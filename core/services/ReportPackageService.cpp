#include "ReportPackageService.h"

#include "ListingService.h"
#include "LookupService.h"
#include "LoopService.h"
#include "ProgressService.h"

#include "core/domain/Loop.h"
#include "core/domain/ProgressReport.h"
#include "core/rules/StatusRules.h"
#include "core/storage/Database.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/TaskRowLoader.h"
#include "core/storage/Transaction.h"
#include "core/xlsx/XlsxNumberFormat.h"
#include "core/xlsx/XlsxReader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace duban::core {

namespace package {

QStringList header()
{
    // Fixed texts in every language: the collector finds its columns by them. No header but 本期进展 holds
    // 进展, and none but 完成% holds both 完成 and %.
    return {QStringLiteral("任务键"),   QStringLiteral("序号"),      QStringLiteral("任务"),
            QStringLiteral("完成时限"), QStringLiteral("当前状态"),  QStringLiteral("本期进展"),
            QStringLiteral("完成%"),    QStringLiteral("存在问题"),  QStringLiteral("下步打算"),
            QStringLiteral("申请办结"), QStringLiteral("申请延期至")};
}

QString yes()
{
    return QStringLiteral("是");
}

QString no()
{
    return QStringLiteral("否");
}

} // namespace package

namespace {

QString monthText(const QDate &first)
{
    return QStringLiteral("%1年%2月").arg(first.year()).arg(first.month());
}

QString keyOf(qint64 taskId)
{
    return QStringLiteral("T%1").arg(taskId);
}

bool isOpenOn(const TaskRow &r, const QDate &day)
{
    return r.status != 1 || (r.completedOn && QDate::fromJulianDay(r.completedOn) > day);
}

QString cellText(const XlsxSheet &sheet, int row, int column)
{
    const XlsxCell *c = sheet.cell(row, column);
    return c ? c->shownText().trimmed() : QString();
}

std::optional<QDate> parseDay(const QString &text)
{
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-M-d"), QStringLiteral("yyyy/M/d"),
          QStringLiteral("yyyy.M.d"), QStringLiteral("yyyy年M月d日"), QStringLiteral("yyyyMMdd")}) {
        const QDate d = QDate::fromString(text, format);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

} // namespace

int ReturnedPackage::reports() const
{
    int n = 0;
    for (const ReturnedTask &t : tasks)
        if (!t.alreadyCollected &&
            (!t.progress.isEmpty() || t.percent >= 0 || !t.problems.isEmpty() || !t.nextSteps.isEmpty()))
            ++n;
    return n;
}

int ReturnedPackage::completionRequests() const
{
    int n = 0;
    for (const ReturnedTask &t : tasks)
        n += !t.alreadyCollected && t.requestCompletion;
    return n;
}

int ReturnedPackage::extensionRequests() const
{
    int n = 0;
    for (const ReturnedTask &t : tasks)
        n += !t.alreadyCollected && t.extendTo.isValid();
    return n;
}

ReportPackageService::ReportPackageService(Database &database) : m_database(database) {}

QStringList ReportPackageService::packageFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &p : paths) {
        if (!QFileInfo(p).isDir()) {
            files.append(p);
            continue;
        }
        for (const QFileInfo &f :
             QDir(p).entryInfoList({QStringLiteral("*.xlsx")}, QDir::Files | QDir::Readable, QDir::Name))
            if (!f.fileName().startsWith(QLatin1String("~$"))) // Excel's lock files
                files.append(f.filePath());
    }
    return files;
}

std::optional<std::pair<QDate, QDate>> ReportPackageService::parsePeriod(const QString &period)
{
    const QDate first =
        QDate::fromString(period.trimmed() + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!first.isValid() || first.year() < 2000 || first.year() > 2100)
        return std::nullopt;
    return std::make_pair(first, first.addMonths(1).addDays(-1));
}

std::optional<QStringList> ReportPackageService::units(const QString &period, const QString &unit,
                                                       StorageError *error) const
{
    const auto days = parsePeriod(period);
    if (!days) {
        //: zh_CN: 报送期次应为年-月，如2023-06，而不是“%1”。
        sql::setError(error, StorageError::Code::Invalid,
                      tr("The period is a month like 2023-06, not “%1”.").arg(period));
        return std::nullopt;
    }
    LookupService lookup(m_database);
    if (!unit.isEmpty()) {
        const std::optional<Unit> u = lookup.unit(unit);
        if (!u) {
            //: zh_CN: 没有名为%1的单位。
            sql::setError(error, StorageError::Code::NotFound, tr("There is no unit called %1.").arg(unit));
            return std::nullopt;
        }
        return QStringList{u->name};
    }
    const std::vector<TaskRow> rows = TaskRowLoader(m_database).loadAll();
    QSet<qint64> used;
    for (const TaskRow &r : rows) {
        if (!isOpenOn(r, days->second))
            continue;
        if (r.leadUnit)
            used.insert(r.leadUnit);
        for (qint64 id : r.otherLeads)
            used.insert(id);
        for (qint64 id : r.coUnits)
            used.insert(id);
    }
    QStringList out;
    for (const Unit &u : lookup.units())
        if (used.contains(u.id))
            out.append(u.name);
    return out;
}

std::optional<PackageContent> ReportPackageService::content(const QString &unit, const QString &period,
                                                            const QDateTime &issued,
                                                            StorageError *error) const
{
    const auto days = parsePeriod(period);
    if (!days) {
        sql::setError(error, StorageError::Code::Invalid,
                      tr("The period is a month like 2023-06, not “%1”.").arg(period));
        return std::nullopt;
    }
    const std::optional<Unit> u = LookupService(m_database).unit(unit);
    if (!u) {
        sql::setError(error, StorageError::Code::NotFound, tr("There is no unit called %1.").arg(unit));
        return std::nullopt;
    }
    Transaction snapshot(m_database.connection(), Transaction::Mode::Read);
    if (!snapshot.started(error))
        return std::nullopt;
    PackageContent c;
    c.identity = m_database.identity();
    c.unit = u->name;
    c.period = days->first.toString(QStringLiteral("yyyy-MM"));
    c.first = days->first;
    c.last = days->second;
    c.issued = issued;
    // Above the header neither 进展 nor 完成 nor % appears: a reader that looks for those columns by their
    // words finds the header's alone.
    c.title = QStringLiteral("%1 %2 督办事项报送表").arg(c.unit, monthText(c.first));
    c.instruction = QStringLiteral(
        "填写说明：请只填写白底各栏，灰底各栏由督查室填写，请勿改动，也请勿增删行。百分比一栏填0至100的数字；"
        "申请办结的选“是”；申请延期的填新的时限（日期）。填好后保存本文件，按原文件名发回。");
    c.fileName = QStringLiteral("%1-%2-报送表.xlsx").arg(c.unit, monthText(c.first));
    // The unit's tasks only (a unit answers for dozens of a ledger's thousands), in ledger order.
    std::vector<TaskRow> rows;
    {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT DISTINCT t.id, t.plan_id, t.position FROM task_units tu JOIN tasks t ON "
                           "t.id = tu.task_id WHERE tu.unit_id = ? ORDER BY t.plan_id, t.position, t.id"));
        q.addBindValue(u->id);
        if (!q.exec()) {
            sql::setError(error, StorageError::Code::Query, q.lastError().text());
            return std::nullopt;
        }
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        const TaskRowLoader loader(m_database);
        if (ids.size() <= 500) { // one by one
            for (qint64 id : std::as_const(ids))
                if (std::optional<TaskRow> r = loader.loadOne(id); r && isOpenOn(*r, c.last))
                    rows.push_back(std::move(*r));
        } else { // a unit of a very big ledger: one pass is cheaper
            for (TaskRow &r : loader.loadAll())
                if ((r.isLead(u->id) || r.isCoUnit(u->id)) && isOpenOn(r, c.last))
                    rows.push_back(std::move(r));
        }
    }
    ListingService listing(m_database);
    // 当前状态 as it stood at the end of the period (or now, for the current one).
    const QDate asOf = std::min(issued.date(), c.last);
    const RowStatus status = listing.statusOf(rows, asOf, listing.statusThresholds());
    for (size_t i = 0; i < rows.size(); ++i) {
        const TaskRow &r = rows[i];
        PackageTask t;
        t.taskId = r.id;
        t.key = keyOf(r.id);
        t.number = r.code;
        t.title = r.title;
        t.deadline = r.deadline ? QDate::fromJulianDay(r.deadline).toString(Qt::ISODate) : QString();
        const QString reason = shortReasonText(status.lights[i]);
        t.state = reason.isEmpty() ? lightText(status.lights[i].light)
                                   : QStringLiteral("%1：%2").arg(lightText(status.lights[i].light), reason);
        c.tasks.append(t);
    }
    snapshot.commit();
    return c;
}

ReturnedPackage ReportPackageService::read(const QString &path, const QString &period) const
{
    ReturnedPackage out;
    out.file = path;
    const QString name = QFileInfo(path).fileName();
    auto problem = [&out](ReturnProblem::Kind kind, int row, const QString &message) {
        out.problems.append(ReturnProblem{kind, row, message});
    };
    XlsxReader::Error readError;
    const std::optional<XlsxWorkbook> book = XlsxReader::read(path, &readError);
    if (!book) {
        problem(ReturnProblem::Kind::NotAPackage, -1, readError.message);
        return out;
    }
    const XlsxSheet *identity = book->sheet(QString::fromLatin1(package::kIdentitySheet));
    auto value = [identity](const char *key) {
        for (int row = 0; row < identity->rowCount(); ++row)
            if (cellText(*identity, row, 0) == QLatin1String(key))
                return cellText(*identity, row, 1);
        return QString();
    };
    if (!identity || value("format") != QLatin1String(package::kFormat)) {
        //: zh_CN: %1不是督办导出的报送表。
        problem(ReturnProblem::Kind::NotAPackage, -1, tr("%1 is not a report package of Duban.").arg(name));
        return out;
    }
    out.unit = value("unit");
    out.period = value("period");
    out.issued = QDateTime::fromString(value("issued"), Qt::ISODate);
    if (value("database") != m_database.identity()) {
        //: zh_CN: %1是另一个数据库发出的报送表，不能收入本台账。
        problem(ReturnProblem::Kind::OtherDatabase, -1,
                tr("%1 was sent from another database: it cannot be collected into this ledger.").arg(name));
        return out;
    }
    if (!period.isEmpty() && out.period != period) {
        //: zh_CN: %1是%2的报送表，不是%3的。
        problem(ReturnProblem::Kind::OtherPeriod, -1,
                tr("%1 is the package for %2, not %3.").arg(name, out.period, period));
        return out;
    }
    const std::optional<Unit> unit = LookupService(m_database).unit(out.unit);
    if (!unit) {
        //: zh_CN: %1的单位“%2”不在单位名录中。
        problem(ReturnProblem::Kind::UnknownUnit, -1,
                tr("The unit of %1, “%2”, is not in the unit directory.").arg(name, out.unit));
        return out;
    }
    // What was issued: the hidden sheet's task table (key, number, title, deadline, state).
    QList<PackageTask> issued;
    int tableRow = -1;
    for (int row = 0; row < identity->rowCount(); ++row)
        if (cellText(*identity, row, 0) == QLatin1String("tasks"))
            tableRow = row;
    for (int row = tableRow + 1; tableRow >= 0 && row < identity->rowCount(); ++row) {
        PackageTask t;
        t.key = cellText(*identity, row, 0);
        if (t.key.isEmpty())
            continue;
        t.taskId = t.key.mid(1).toLongLong();
        t.number = cellText(*identity, row, 1);
        t.title = cellText(*identity, row, 2);
        t.deadline = cellText(*identity, row, 3);
        t.state = cellText(*identity, row, 4);
        issued.append(t);
    }
    const XlsxSheet *sheet = nullptr;
    for (const XlsxSheet &s : book->sheets)
        if (s.state == XlsxSheet::State::Visible && s.name != QLatin1String(package::kIdentitySheet)) {
            sheet = &s;
            break;
        }
    if (!sheet) {
        problem(ReturnProblem::Kind::NotAPackage, -1, tr("%1 is not a report package of Duban.").arg(name));
        return out;
    }
    const QStringList header = package::header();
    for (int c = 0; c < package::kColumns; ++c)
        if (cellText(*sheet, package::kHeaderRow, c) != header.at(c)) {
            //: zh_CN: %1的表头第%2列应为“%3”：列被改动或移动过。
            problem(ReturnProblem::Kind::HeaderEdited, package::kHeaderRow + 1,
                    tr("%1: column %2 of the header should read “%3”: the columns were changed or moved.")
                        .arg(name)
                        .arg(c + 1)
                        .arg(header.at(c)));
            return out;
        }

    QHash<QString, int> issuedAt;
    for (int i = 0; i < issued.size(); ++i)
        issuedAt.insert(issued.at(i).key, i);
    QSet<QString> seen;
    // The ledger now, for the tasks the package issued only (a package holds dozens of a ledger's
    // thousands): whether the unit still answers for each, and its deadline.
    struct Now
    {
        QDate deadline;
        bool unitsTask = false;
    };
    QHash<qint64, Now> ledger;
    {
        QStringList ids;
        for (const PackageTask &t : std::as_const(issued))
            ids.append(QString::number(t.taskId));
        if (!ids.isEmpty()) {
            const QString in = ids.join(QLatin1Char(','));
            QSqlQuery n(m_database.connection());
            n.setForwardOnly(true);
            if (n.exec(QStringLiteral("SELECT id, deadline FROM tasks WHERE id IN (%1)").arg(in)))
                while (n.next())
                    ledger.insert(n.value(0).toLongLong(), Now{sql::toDate(n.value(1)), false});
            n.prepare(QStringLiteral(
                          "SELECT DISTINCT task_id FROM task_units WHERE unit_id = ? AND task_id IN (%1)")
                          .arg(in));
            n.addBindValue(unit->id);
            if (n.exec())
                while (n.next())
                    if (auto it = ledger.find(n.value(0).toLongLong()); it != ledger.end())
                        it->unitsTask = true;
        }
    }
    const QStringList locked = {QString(), header.at(1), header.at(2), header.at(3), header.at(4)};
    // An extension this unit asked for already (collected before, perhaps approved since: then the deadline
    // is the date itself).
    auto extensionAsked = [this, &out](qint64 taskId, const QDate &to) {
        QSqlQuery ask(m_database.connection());
        ask.prepare(
            QStringLiteral("SELECT count(*) FROM task_requests WHERE task_id = ? AND unit = ? AND kind = 1 "
                           "AND new_deadline = ?"));
        ask.addBindValue(taskId);
        ask.addBindValue(out.unit);
        ask.addBindValue(to.toString(Qt::ISODate));
        return ask.exec() && ask.next() && ask.value(0).toInt() > 0;
    };
    for (int row = package::kFirstTaskRow; row < sheet->rowCount(); ++row) {
        const int shown = row + 1;
        bool any = false;
        for (int c = 0; c < package::kColumns; ++c)
            any = any || !cellText(*sheet, row, c).isEmpty();
        if (!any)
            continue;
        const QString key = cellText(*sheet, row, package::kKeyColumn);
        const auto at = issuedAt.constFind(key);
        if (key.isEmpty() || at == issuedAt.constEnd() || seen.contains(key)) {
            //: zh_CN: %1第%2行：这一行不是报送表发出时的行（增加或复制了行）。
            problem(ReturnProblem::Kind::RowAdded, shown,
                    tr("%1, row %2: this row was not in the package as sent (a row was added or copied).")
                        .arg(name)
                        .arg(shown));
            continue;
        }
        seen.insert(key);
        const PackageTask &was = issued.at(*at);
        const QStringList now = {QString(), cellText(*sheet, row, package::kNumberColumn),
                                 cellText(*sheet, row, package::kTitleColumn),
                                 cellText(*sheet, row, package::kDeadlineColumn),
                                 cellText(*sheet, row, package::kStateColumn)};
        const QStringList then = {QString(), was.number, was.title, was.deadline, was.state};
        for (int c = 1; c <= 4; ++c)
            if (now.at(c) != then.at(c))
                //: zh_CN: %1第%2行：“%3”列由督查室填写，不应改动（原为“%4”）。
                problem(
                    ReturnProblem::Kind::LockedCellEdited, shown,
                    tr("%1, row %2: the column “%3” is the office's and must not be changed (it read “%4”).")
                        .arg(name)
                        .arg(shown)
                        .arg(locked.at(c), then.at(c)));
        const auto task = ledger.constFind(was.taskId);
        if (task == ledger.constEnd() || !task->unitsTask) {
            //: zh_CN: %1第%2行：任务%3不是%4承担的任务。
            problem(ReturnProblem::Kind::NotTheUnitsTask, shown,
                    tr("%1, row %2: task %3 is not one %4 leads or co-handles.")
                        .arg(name)
                        .arg(shown)
                        .arg(was.number, unit->name));
            continue;
        }
        ReturnedTask t;
        t.taskId = was.taskId;
        t.number = was.number;
        t.title = was.title;
        t.progress = cellText(*sheet, row, package::kProgressColumn);
        t.problems = cellText(*sheet, row, package::kProblemsColumn);
        t.nextSteps = cellText(*sheet, row, package::kNextColumn);
        // 完成%: a number 0–100; "60%" typed as text, or 0.6 in a percent-formatted cell, is 60.
        if (const XlsxCell *p = sheet->cell(row, package::kPercentColumn);
            p && !p->shownText().trimmed().isEmpty()) {
            std::optional<double> v;
            if (p->type == XlsxCell::Type::Number)
                v = p->percentFormat() ? p->number * 100.0 : p->number;
            else if (p->type == XlsxCell::Type::String) {
                QString text = p->text.trimmed();
                text.remove(QLatin1Char('%')).remove(QChar(0xFF05));
                bool ok = false;
                const double d = text.trimmed().toDouble(&ok);
                if (ok)
                    v = d;
            }
            if (!v || *v < 0 || *v > 100 || !std::isfinite(*v))
                //: zh_CN: %1第%2行：完成%应为0至100的数字，而不是“%3”。
                problem(ReturnProblem::Kind::BadPercent, shown,
                        tr("%1, row %2: 完成% must be a number from 0 to 100, not “%3”.")
                            .arg(name)
                            .arg(shown)
                            .arg(p->shownText()));
            else
                t.percent = int(std::lround(*v));
        }
        const QString choice = cellText(*sheet, row, package::kCompletionColumn);
        if (choice == package::yes() || choice.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0)
            t.requestCompletion = true;
        else if (!choice.isEmpty() && choice != package::no() &&
                 choice.compare(QLatin1String("no"), Qt::CaseInsensitive) != 0)
            //: zh_CN: %1第%2行：申请办结应为“是”或“否”，而不是“%3”。
            problem(ReturnProblem::Kind::BadChoice, shown,
                    tr("%1, row %2: 申请办结 is “是” or “否”, not “%3”.").arg(name).arg(shown).arg(choice));
        if (const XlsxCell *d = sheet->cell(row, package::kExtensionColumn);
            d && !d->shownText().trimmed().isEmpty()) {
            std::optional<QDate> day;
            if (d->type == XlsxCell::Type::Date || d->type == XlsxCell::Type::Number) {
                const QDateTime dt = XlsxNumberFormat::dateTimeOf(d->number, book->date1904);
                if (dt.isValid())
                    day = dt.date();
            } else if (d->type == XlsxCell::Type::String) {
                day = parseDay(d->text.trimmed());
            }
            const QDate deadline = task->deadline;
            if (!day || !day->isValid())
                //: zh_CN: %1第%2行：申请延期至应为日期，而不是“%3”。
                problem(ReturnProblem::Kind::BadDate, shown,
                        tr("%1, row %2: 申请延期至 must be a date, not “%3”.")
                            .arg(name)
                            .arg(shown)
                            .arg(d->shownText()));
            else if (deadline.isValid() && *day <= deadline && !extensionAsked(was.taskId, *day))
                //: zh_CN: %1第%2行：申请延期至%3不晚于现完成时限%4。
                problem(ReturnProblem::Kind::BadDate, shown,
                        tr("%1, row %2: the extension to %3 is not after the deadline, %4.")
                            .arg(name)
                            .arg(shown)
                            .arg(day->toString(Qt::ISODate), deadline.toString(Qt::ISODate)));
            else
                t.extendTo = *day;
        }
        out.tasks.append(t);
    }
    for (const PackageTask &t : std::as_const(issued))
        if (!seen.contains(t.key))
            //: zh_CN: %1：任务%2（%3）的行被删除了。
            problem(ReturnProblem::Kind::RowDeleted, -1,
                    tr("%1: the row of task %2 (%3) was deleted.").arg(name, t.number, t.title));

    // What the ledger has already: the same report and requests of the same unit (collected before).
    // (An empty cell is bound as '', not NULL, which equals nothing.)
    auto text = [](const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); };
    QSqlQuery q(m_database.connection());
    for (ReturnedTask &t : out.tasks) {
        const bool hasReport =
            !t.progress.isEmpty() || t.percent >= 0 || !t.problems.isEmpty() || !t.nextSteps.isEmpty();
        const bool hasRequest = t.requestCompletion || t.extendTo.isValid();
        bool reportDone = !hasReport;
        if (hasReport) {
            q.prepare(
                QStringLiteral("SELECT count(*) FROM progress_reports WHERE task_id = ? AND unit = ? AND "
                               "text = ? AND problems = ? AND next_steps = ? AND (? < 0 OR percent = ?)"));
            for (const QVariant &v :
                 {QVariant(t.taskId), QVariant(out.unit), text(t.progress), text(t.problems),
                  text(t.nextSteps), QVariant(t.percent), QVariant(t.percent)})
                q.addBindValue(v);
            reportDone = q.exec() && q.next() && q.value(0).toInt() > 0;
        }
        bool requestDone = true;
        if (t.requestCompletion) {
            q.prepare(QStringLiteral(
                "SELECT count(*) FROM task_requests WHERE task_id = ? AND unit = ? AND kind = 0 "
                "AND text = ?"));
            q.addBindValue(t.taskId);
            q.addBindValue(out.unit);
            q.addBindValue(text(t.progress));
            requestDone = q.exec() && q.next() && q.value(0).toInt() > 0;
        }
        if (t.extendTo.isValid()) {
            q.prepare(QStringLiteral(
                "SELECT count(*) FROM task_requests WHERE task_id = ? AND unit = ? AND kind = 1 "
                "AND new_deadline = ?"));
            q.addBindValue(t.taskId);
            q.addBindValue(out.unit);
            q.addBindValue(t.extendTo.toString(Qt::ISODate));
            requestDone = requestDone && q.exec() && q.next() && q.value(0).toInt() > 0;
        }
        t.alreadyCollected = (hasReport || hasRequest) && reportDone && requestDone;
    }
    return out;
}

std::optional<ReportPackageService::Saved>
ReportPackageService::save(const QList<ReturnedPackage> &returns, const QDate &on, StorageError *error) const
{
    for (const ReturnedPackage &r : returns)
        if (!r.ok()) {
            //: zh_CN: %1有问题，未收入任何内容。
            sql::setError(error, StorageError::Code::Invalid,
                          tr("%1 has problems: nothing was collected.").arg(QFileInfo(r.file).fileName()));
            return std::nullopt;
        }
    Transaction write(m_database.connection());
    if (!write.started(error))
        return std::nullopt;
    Saved saved;
    ProgressService progress(m_database);
    LoopService loop(m_database);
    QSqlQuery q(m_database.connection());
    for (const ReturnedPackage &r : returns) {
        for (const ReturnedTask &t : r.tasks) {
            if (t.alreadyCollected)
                continue;
            if (!saved.tasks.contains(t.taskId))
                saved.tasks.append(t.taskId);
            if (!t.progress.isEmpty() || t.percent >= 0 || !t.problems.isEmpty() || !t.nextSteps.isEmpty()) {
                ProgressReport report;
                report.taskId = t.taskId;
                report.date = on;
                report.unit = r.unit;
                report.text = t.progress;
                report.problems = t.problems;
                report.nextSteps = t.nextSteps;
                report.percent = t.percent;
                if (report.percent < 0) {
                    // Left empty: the latest percent stands.
                    q.prepare(QStringLiteral(
                        "SELECT percent FROM progress_reports WHERE task_id = ? AND reported_on "
                        "<= ? ORDER BY reported_on DESC, id DESC LIMIT 1"));
                    q.addBindValue(t.taskId);
                    q.addBindValue(on.toString(Qt::ISODate));
                    report.percent = q.exec() && q.next() ? q.value(0).toInt() : 0;
                }
                const qint64 id = progress.addUnitReport(report, error);
                if (id <= 0)
                    return std::nullopt;
                saved.reports.append(id);
            }
            if (t.requestCompletion) {
                const qint64 id = loop.requestCompletion(t.taskId, r.unit, on, t.progress, {}, error);
                if (id <= 0)
                    return std::nullopt;
                saved.requests.append(id);
            }
            if (t.extendTo.isValid()) {
                const QString reason = !t.problems.isEmpty() ? t.problems : t.progress;
                const qint64 id = loop.requestExtension(
                    t.taskId, r.unit, t.extendTo, reason.isEmpty() ? QStringLiteral("（报送表）") : reason,
                    on, {}, error);
                if (id <= 0)
                    return std::nullopt;
                saved.requests.append(id);
            }
        }
    }
    if (!write.commit(error))
        return std::nullopt;
    return saved;
}

bool ReportPackageService::undo(const Saved &saved, StorageError *error) const
{
    Transaction write(m_database.connection());
    if (!write.started(error))
        return false;
    LoopService loop(m_database);
    for (auto it = saved.requests.crbegin(); it != saved.requests.crend(); ++it)
        if (!loop.withdrawRequest(*it, error))
            return false;
    ProgressService progress(m_database);
    for (qint64 task : saved.tasks)
        for (const ProgressReport &r : progress.reports(task))
            if (saved.reports.contains(r.id) && !progress.removeReport(r, error))
                return false;
    return write.commit(error);
}

} // namespace duban::core
