#include "CommandList.h"

#include <QStringView>

#include <algorithm>
#include <array>
#include <vector>

namespace duban::app {

namespace {

constexpr std::array kCommands{
    CommandInfo{
        "import", "decompose a plan document into tasks and save them (or only show them)",
        "FILE is the plan as text (UTF-8 or GB18030), at most 20 MB. A document number already in the "
        "database is refused unless --replace updates that plan. A missing database is created."},
    CommandInfo{"tasks", "list the tasks with their lights as of a date",
                "Tab-separated lines, or a JSON array with --json. --unit keeps the tasks a unit leads or "
                "co-handles; --overdue only the red ones."},
    CommandInfo{
        "report", "record a unit's progress report (进展) on a task",
        "--task is the task's number as printed (4, 四（一）); --plan its plan's document number when "
        "several plans have that number. Only one of the task's lead or co-units may report; --unit "
        "is its name, an alias, or a part only it contains. --date is a day (2023-06-30), --percent "
        "a whole number from 0 to 100."},
    CommandInfo{"complete", "mark a task completed (办结) on a date",
                "--date is the day it was completed: today or earlier, never in the future. A task already "
                "completed is refused (reopen it first)."},
    CommandInfo{"reopen", "reopen a completed task", "A task that is not completed is refused."},
    CommandInfo{"assign", "record the day a task was assigned (交办): its start date",
                "A closed task is refused, and so is a day after its deadline. Every step of the loop is "
                "written to the task's history as --actor, else $DUBAN_ACTOR, else the login name."},
    CommandInfo{"sign", "record a unit's acknowledgement (签收) of a task",
                "Only a lead or co-unit of the task may sign, once, in any open state and not before the "
                "task was assigned; --unit is matched as report matches it."},
    CommandInfo{"request-completion", "record a unit's completion request (办结申请) with its basis",
                "One request waits at a time. Each --attach FILE (at most 20 MB) is stored in the database "
                "with the request; a missing, empty or larger file is refused and nothing is written."},
    CommandInfo{"review", "approve (销号) or return (退回) the pending completion request",
                "Approval completes the task; a returned task is in progress again and its light says why. "
                "Without a pending request the review is refused: the office closes a task itself with "
                "complete."},
    CommandInfo{"extend", "record an extension request (延期申请), or approve or refuse the pending one",
                "With --to a unit (the lead unless --unit names another) asks for a later deadline; with "
                "--approve the deadline moves and the original one is kept, with --refuse it stays. A "
                "request already decided is refused."},
    CommandInfo{"history", "print a task's history (留痕): every step and edit, oldest first",
                "Tab-separated lines (date, time, actor, unit, kind, text), or a JSON array with --json."},
    CommandInfo{"targets", "list the targets with their latest observation and evaluation", ""},
    CommandInfo{"observe", "record an indicator's observation, or many from a CSV file",
                "Either --indicator, --period and --value, or --csv FILE with indicator,period,value rows "
                "(all or nothing unless --force)."},
    CommandInfo{"brief", "write the briefing (督查通报) as of a date to a PDF file",
                "The file is written next to its final name and renamed into place; an existing file is "
                "replaced only with --overwrite."},
    CommandInfo{"export", "write the ledger as an Excel workbook (.xlsx) or CSV",
                "One row per task: number, task, units, deadline, milestones, latest progress, done %, "
                "schedule, light (as the cell's colour), reasons, remark; a title row with the as-of date. "
                "CSV is UTF-8 with a BOM; a cell starting with = + - @ is prefixed with '. An existing file "
                "is replaced only with --overwrite."},
    CommandInfo{
        "package", "write one report package (报送表) per unit for a month into a folder",
        "Each unit's workbook lists the open tasks it leads or co-handles; the unit fills in 本期进展, "
        "完成%, 存在问题, 下步打算, 申请办结 and 申请延期至 and sends it back (duban collect). The folder is "
        "made if missing; packages already in it are replaced only with --overwrite."},
    CommandInfo{
        "collect", "read returned report packages and save their reports and requests",
        "Each file is checked against what was sent and the ledger; when any has a problem nothing is "
        "saved and the exit code is 2 (--dry-run --json lists them all). Collecting the same return "
        "twice adds nothing."},
    CommandInfo{"calendar", "count working days; list or add holidays and 调休 working days",
                "Duban ships China's statutory holidays and 调休 working days from 2019 (--list shows "
                "them); the office's own entries in the database are laid over them. --add-workdays needs "
                "no database: without --db or DUBAN_DB it counts by the shipped calendar when there is no "
                "default database. --add takes lines like \"2027-10-01 holiday 国庆节\" or \"2027-10-09 "
                "workday 国庆节\" (休 and 班 too), all or nothing; --list prints the same lines."},
    CommandInfo{"scores", "rank the units by their 考核 score as of a date, each point explained",
                "Tab-separated lines: rank, unit, score, then the count of each kind (not signed, report "
                "missing, report late, overdue, completed on time, returned); --unit adds that unit's items. "
                "A JSON array with --json. The points are the ledger's settings (scores.*) over a base of "
                "100."},
    CommandInfo{"due", "list what open tasks owe within the next working days",
                "Deadlines, undone milestones, report due days and the responses due to reminders and "
                "notices, dated from --as-of (today) to the --within'th working day after it (the ledger's "
                "rules.remindWorkdays, else 3), by the working-day calendar. Tab-separated lines, or a JSON "
                "array with --json. Past-due items are the red list's (duban tasks --overdue)."},
    CommandInfo{"notice", "issue a numbered 催办单 or 督办通知单 to a unit and write it as a PDF",
                "The notice is numbered per year and kind (督字〔2023〕第1号) and records one reminder or "
                "notice per task; its number is printed. Without --task: the open tasks the unit leads "
                "that are red or yellow on the date, and those it has not signed. The response is due on "
                "--due, or --within working days after the date (5). With --respond NUMBER (as printed, "
                "or 督办-2023-1) the unit's response is recorded against the notice instead."},
    CommandInfo{"check", "run the full integrity check of a database file",
                "Prints SQLite's findings and exits with 1 when the file is damaged."},
    CommandInfo{"generate", "write a synthetic ledger for trials and benchmarks",
                "Into a new or empty database only: --db FILE or DUBAN_DB, never the default database."},
};

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
int editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                                 d[size_t(i - 1)][size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                best = std::min(best, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = best;
        }
    }
    return d[size_t(n)][size_t(m)];
}

} // namespace

std::span<const CommandInfo> commandList()
{
    return kCommands;
}

const CommandInfo *findCommand(const QString &name)
{
    for (const CommandInfo &c : kCommands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QStringList closestCommands(const QString &typed)
{
    const QString wanted = typed.toLower();
    // At most two edits, and never the whole word: "re" is no typo of "due".
    const int kMostEdits = std::min(2, int(wanted.size()) - 1);
    QStringList closest;
    int best = kMostEdits + 1;
    for (const CommandInfo &c : kCommands) {
        const QString name = QLatin1String(c.name);
        const int distance = editDistance(wanted, name);
        if (distance > kMostEdits)
            continue;
        if (distance < best) {
            best = distance;
            closest.clear();
        }
        if (distance == best)
            closest.append(name);
    }
    if (!closest.isEmpty() || wanted.isEmpty())
        return closest;
    for (const CommandInfo &c : kCommands)
        if (QLatin1String(c.name).startsWith(wanted))
            closest.append(QLatin1String(c.name));
    return closest;
}

QString unknownCommandMessage(const QString &typed)
{
    QString message = QStringLiteral("unknown command '%1'").arg(typed);
    const QStringList closest = closestCommands(typed);
    if (!closest.isEmpty()) {
        QStringList quoted;
        for (const QString &name : closest)
            quoted.append(QStringLiteral("'%1'").arg(name));
        const QString last = quoted.takeLast();
        message +=
            QStringLiteral("; did you mean %1?")
                .arg(quoted.isEmpty() ? last
                                      : quoted.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last);
    }
    return message +
           QStringLiteral("\nsee duban --help for the commands; duban [--db FILE] opens the window");
}

QString commandOverview()
{
    qsizetype width = 0;
    for (const CommandInfo &c : kCommands)
        width = std::max(width, qsizetype(qstrlen(c.name)));
    QString text;
    for (const CommandInfo &c : kCommands)
        text += QStringLiteral("  duban %1  %2\n")
                    .arg(QLatin1String(c.name), -int(width))
                    .arg(QString::fromUtf8(c.summary));
    text += QStringLiteral("\nWithout a command, duban [--db FILE] opens the window.\n"
                           "duban COMMAND --help shows a command's options.");
    return text;
}

} // namespace duban::app
