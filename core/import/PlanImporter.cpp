#include "PlanImporter.h"

#include "core/import/HeaderParser.h"
#include "core/import/OutlineReader.h"
#include "core/import/TargetParser.h"
#include "core/import/TextDecoder.h"
#include "core/import/TextRepair.h"
#include "core/import/UnitListParser.h"
#include "core/rules/TimeWords.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace duban::core {

namespace {

QString quoted(const QString &name)
{
    return u"「"_s + name + u"」"_s;
}

QString tidyEnd(QString s)
{
    s = s.trimmed();
    static const QString trailing = u"。；，、：;,: "_s;
    while (!s.isEmpty() && trailing.contains(s.back()))
        s.chop(1);
    return s;
}

/// Text before the first 。 (else before the first ；), without trailing punctuation.
QString titleOf(const QString &text)
{
    QString first = text.section(u'\n', 0, 0);
    for (QChar stop : {u'。', u'；'}) {
        const auto at = first.indexOf(stop);
        if (at > 0)
            return tidyEnd(first.left(at));
    }
    if (first.size() > 60) {
        const auto comma = first.indexOf(u'，');
        if (comma > 0)
            return tidyEnd(first.left(comma));
    }
    return tidyEnd(first);
}

/// The sentence around @p position (bounded by 。；！？ and line breaks), without end punctuation.
QString sentenceAround(const QString &text, qsizetype position)
{
    static const QString stops = u"。；！？\n"_s;
    qsizetype start = position;
    while (start > 0 && !stops.contains(text.at(start - 1)))
        --start;
    qsizetype end = position;
    while (end < text.size() && !stops.contains(text.at(end)))
        ++end;
    return tidyEnd(text.mid(start, end - start));
}

bool mentionsTargets(const QList<OutlineHeading> &context)
{
    return std::any_of(context.cbegin(), context.cend(),
                       [](const OutlineHeading &h) { return h.title.contains(u"目标"); });
}

/// Code of the innermost enclosing heading, and its title.
const OutlineHeading *innermost(const QList<OutlineHeading> &context)
{
    return context.isEmpty() ? nullptr : &context.last();
}

QString taskCode(const OutlineBlock &block)
{
    const HeadingMarker &marker = *block.marker;
    switch (marker.level) {
    case HeadingMarker::Level::Item:
    case HeadingMarker::Level::Chapter:
    case HeadingMarker::Level::Part:
        return marker.number;
    case HeadingMarker::Level::Section: {
        QString parent;
        for (const OutlineHeading &h : block.context) {
            if (h.rank >= 0 && h.rank < int(HeadingMarker::Level::Section))
                parent = h.code;
        }
        return parent + u"（"_s + marker.number + u"）"_s;
    }
    case HeadingMarker::Level::SubItem:
        return block.parentItem + u"（"_s + marker.number + u"）"_s;
    }
    return marker.number;
}

constexpr qsizetype MaxNamesCompared = 600;

/// The closing part of a document (附件, 抄送, 印发 lines, the 版记): not task text.
bool isClosingText(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(u"附件") || t.startsWith(u"抄送") || t.startsWith(u"印发") || t.endsWith(u"印发");
}

/// The start of a paragraph, for a warning.
QString excerpt(const QString &text)
{
    const QString line = text.section(u'\n', 0, 0).simplified();
    return line.size() <= 40 ? line : line.left(40) + u"…"_s;
}

int fallbackYear(const QString &text)
{
    static const QRegularExpression yearRe(uR"(((?:19|20)\d{2})\s*年)"_s);
    const auto m = yearRe.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

/// First mention of a unit name: where, and by which task.
struct Mention
{
    QString name;
    QString taskCode;
    int line = 0;
    bool known = false;
    Unit::Kind kind = Unit::Kind::Unit;
};

/// Why @p text cannot be imported at all (too large, or blank); nothing when it can.
std::optional<ImportError> unusableText(const QString &text)
{
    if (text.size() > TextDecoder::MaxBytes) {
        return ImportError{
            ImportError::Code::TooLarge,
            PlanImporter::tr("The text has %1 characters; documents larger than %2 MB are not imported.")
                .arg(text.size())
                .arg(TextDecoder::MaxBytes / (1024 * 1024))};
    }
    if (text.trimmed().isEmpty())
        return ImportError{ImportError::Code::Empty, PlanImporter::tr("The document has no text.")};
    return std::nullopt;
}

/// The masthead; its year, when the masthead has none, is the first year the text names, else this year.
Plan readPlan(const QList<SourceParagraph> &lines, const QString &text, QList<ImportWarning> &warnings)
{
    Plan plan = HeaderParser::parse(lines, warnings);
    if (plan.year <= 0) {
        plan.year = fallbackYear(text);
        if (plan.year <= 0) {
            plan.year = QDate::currentDate().year();
            warnings.append(
                {0, PlanImporter::tr("No plan year was found; deadlines assume %1.").arg(plan.year)});
        }
    }
    return plan;
}

/// The error of a text in which no task was recognised.
ImportError noTasksError(const QList<SourceParagraph> &lines)
{
    int nonBlank = 0;
    for (const SourceParagraph &l : lines)
        nonBlank += l.isBlank() ? 0 : 1;
    return ImportError{ImportError::Code::NoTasks,
                       PlanImporter::tr("No task was recognised in %1 lines of text: no "
                                        "numbered item or table row names responsible units "
                                        "(责任单位, 牵头单位 or …负责).")
                           .arg(nonBlank)};
}

/// A block that may be a task, with the units (and time limits) found in it.
struct Candidate
{
    const OutlineBlock *block;
    UnitListParser::Extraction extraction;
};

/// The units of a table row: its lead and co columns, else a unit bracket inside the task cell; its time
/// limit column comes with them.
UnitListParser::Extraction tableRowUnits(const OutlineBlock &block)
{
    UnitListParser::Extraction extraction;
    extraction.remaining = block.parts;
    // A 牵头单位 column names every lead; the other units of the row are co-units.
    QStringList units;
    for (const QString &u : UnitListParser::splitUnits(block.tableLead))
        if (!units.contains(u))
            units.append(u);
    const qsizetype leadCount = qMax<qsizetype>(1, units.size());
    for (const QString &u : UnitListParser::splitUnits(block.tableCo)) {
        if (!units.contains(u))
            units.append(u);
    }
    if (!units.isEmpty()) {
        extraction.clause.found = true;
        extraction.clause.leads = units.mid(0, leadCount);
        extraction.clause.co = units.mid(leadCount);
    }
    if (!block.tableDeadline.isEmpty())
        extraction.clause.deadlineFields.append(block.tableDeadline);
    // A unit bracket inside the task cell still counts.
    if (!extraction.clause.found) {
        auto inner = UnitListParser::extract(block.parts);
        if (inner.clause.found) {
            inner.clause.deadlineFields += extraction.clause.deadlineFields;
            extraction = inner;
        }
    }
    return extraction;
}

/// Every block with the units found in it, in document order.
QList<Candidate> candidatesOf(const QList<OutlineBlock> &blocks)
{
    QList<Candidate> candidates;
    for (const OutlineBlock &block : blocks) {
        candidates.append({&block, block.kind == OutlineBlock::Kind::TableRow
                                       ? tableRowUnits(block)
                                       : UnitListParser::extract(block.parts)});
    }
    return candidates;
}

/// Whether the document's numbered items (1. …) carry units: then those without units are tasks too.
bool numberedItemsCarryUnits(const QList<Candidate> &candidates)
{
    return std::any_of(candidates.cbegin(), candidates.cend(), [](const Candidate &c) {
        return c.block->kind != OutlineBlock::Kind::Paragraph && c.extraction.clause.found &&
               c.block->marker->level == HeadingMarker::Level::Item;
    });
}

/// A task's deadline and the milestones its time limit fields name.
struct TimeLimit
{
    QDate deadline;
    QList<std::pair<QDate, QString>> fieldMilestones; ///< each day once, with the sentence naming it
};

/// Builds the document's tasks, sections and targets from the candidate blocks, one block at a time, with
/// the warnings they call for, and remembers the first mention of each unit name.
class TaskCollector
{
public:
    TaskCollector(PlanDocument &doc, const UnitResolver &resolver, bool numberedWithUnits)
        : m_doc(doc), m_resolver(resolver), m_numberedWithUnits(numberedWithUnits),
          m_targetParser(doc.plan.year)
    {
    }

    void add(const Candidate &c);
    /// Numbering that restarts in each section: prefixes every numbered task's code with its section.
    void prefixRestartedCodes();
    /// Close names within the document (新区组织部 / 新区组织工作部): a warning at the later mention.
    void warnCloseNames();
    /// Every unit the document names, in the order of first mention.
    QList<Unit> units() const;

private:
    bool isTask(const Candidate &c) const;
    /// Text that is no task: targets under a 目标 heading, the closing lines, or text that would be lost.
    void addNonTask(const OutlineBlock &block, const QString &body);
    void addTask(const Candidate &c, const QString &body);
    /// The innermost heading around the block becomes the task's section (the first time, a new section).
    void placeInSection(Task &task, const OutlineBlock &block);
    /// Units resolved against the directory, close names reported, never merged.
    void assignUnits(Task &task, const OutlineBlock &block, const UnitClause &clause);
    /// An explicit 完成时限, else the end of the plan year (or a later date the text names).
    TimeLimit timeLimitOf(const Task &task, const OutlineBlock &block, const UnitClause &clause,
                          const QList<TimeWord> &textWords);
    /// Milestones from the time limit fields and the text; time words before the document's date warned.
    void addMilestones(Task &task, const OutlineBlock &block, const TimeLimit &limit,
                       const QList<TimeWord> &textWords);

    PlanDocument &m_doc;
    const UnitResolver &m_resolver;
    const bool m_numberedWithUnits;
    const TargetParser m_targetParser;
    QList<Mention> m_mentions;
    QHash<QString, qsizetype> m_mentionIndex;
    QList<bool> m_numberedTask; // parallel to m_doc.tasks: coded by a plain number (1. or a table row)
    QSet<QString> m_sectionKeys;
    bool m_closing = false; // past the document's closing lines
};

void TaskCollector::add(const Candidate &c)
{
    const QString body = c.extraction.remaining.join(u'\n').trimmed();
    if (isTask(c))
        addTask(c, body);
    else
        addNonTask(*c.block, body);
}

bool TaskCollector::isTask(const Candidate &c) const
{
    const OutlineBlock &block = *c.block;
    const bool isItem = block.kind != OutlineBlock::Kind::Paragraph;
    return isItem && (c.extraction.clause.found ||
                      (m_numberedWithUnits && block.marker->level == HeadingMarker::Level::Item));
}

void TaskCollector::addNonTask(const OutlineBlock &block, const QString &body)
{
    qsizetype targetsFound = 0;
    if (mentionsTargets(block.context)) {
        const auto found = m_targetParser.parse(body);
        targetsFound = found.size();
        m_doc.targets += found;
    }
    if (!block.parts.isEmpty() && isClosingText(block.parts.first()))
        m_closing = true;
    // Between the first task and the closing lines, text that is neither a task nor part of one nor a
    // target would be lost: say so, with its line. (What comes before the first task is the masthead, the
    // addressees and the preamble.)
    if (!m_doc.tasks.isEmpty() && !m_closing && targetsFound == 0 && !body.isEmpty())
        m_doc.warnings.append(
            {block.line, PlanImporter::tr("This text belongs to no task and was not imported: %1")
                             .arg(quoted(excerpt(body)))});
}

void TaskCollector::addTask(const Candidate &c, const QString &body)
{
    const OutlineBlock &block = *c.block;
    Task task;
    task.code = taskCode(block);
    task.sourceLine = block.line;
    task.position = int(m_doc.tasks.size());
    task.text = body;
    task.title = titleOf(body);
    placeInSection(task, block);
    const UnitClause &clause = c.extraction.clause;
    assignUnits(task, block, clause);
    const QList<TimeWord> textWords = findTimeWords(task.text, m_doc.plan.year);
    const TimeLimit limit = timeLimitOf(task, block, clause, textWords);
    task.deadline = limit.deadline;
    addMilestones(task, block, limit, textWords);
    task.reporting = reportingCycleOf(task.text);
    task.targets = m_targetParser.parse(task.text);
    m_doc.tasks.append(task);
    m_numberedTask.append(block.marker->level == HeadingMarker::Level::Item);
}

void TaskCollector::placeInSection(Task &task, const OutlineBlock &block)
{
    const OutlineHeading *h = innermost(block.context);
    if (!h)
        return;
    task.section = h->code;
    const QString key = h->code + u'\n' + h->title;
    if (m_sectionKeys.contains(key))
        return;
    m_sectionKeys.insert(key);
    Section s;
    s.code = h->code;
    s.title = h->title;
    s.position = int(m_doc.sections.size());
    m_doc.sections.append(s);
}

void TaskCollector::assignUnits(Task &task, const OutlineBlock &block, const UnitClause &clause)
{
    if (!clause.found)
        m_doc.warnings.append(
            {block.line, PlanImporter::tr("Task %1 names no responsible unit.").arg(task.code)});
    QStringList resolved;
    QSet<QString> resolvedSet;
    qsizetype leadCount = 0; // how many of `resolved` come from the clause's leads
    const QStringList written = clause.all();
    for (qsizetype i = 0; i < written.size(); ++i) {
        const UnitResolver::Resolution r = m_resolver.resolve(written.at(i));
        if (resolvedSet.contains(r.name))
            continue;
        resolvedSet.insert(r.name);
        resolved.append(r.name);
        if (i < clause.leads.size())
            leadCount = resolved.size();
        if (!r.known && !r.candidate.isEmpty()) {
            m_doc.warnings.append(
                {block.line,
                 PlanImporter::tr("Task %1: unit %2 is not in the unit directory; the closest one is %3. "
                                  "Kept as written: check whether they are the same unit.")
                     .arg(task.code, quoted(r.name), quoted(r.candidate))});
        }
        if (!m_mentionIndex.contains(r.name)) {
            m_mentionIndex.insert(r.name, m_mentions.size());
            m_mentions.append({r.name, task.code, block.line, r.known || !r.candidate.isEmpty(), r.kind});
        }
    }
    if (!resolved.isEmpty()) {
        leadCount = qMax<qsizetype>(1, leadCount);
        task.leads = resolved.mid(0, leadCount);
        task.co = resolved.mid(leadCount);
    }
}

TimeLimit TaskCollector::timeLimitOf(const Task &task, const OutlineBlock &block, const UnitClause &clause,
                                     const QList<TimeWord> &textWords)
{
    const int year = m_doc.plan.year;
    TimeLimit limit;
    bool explicitDeadline = false;
    limit.deadline = yearEndOf(year);
    for (const QString &field : clause.deadlineFields) {
        const QList<TimeWord> words = findTimeWords(field, year);
        if (words.isEmpty()) {
            m_doc.warnings.append(
                {block.line,
                 PlanImporter::tr("Task %1: the time limit %2 is not a date; the deadline is the end "
                                  "of %3.")
                     .arg(task.code, quoted(field), QString::number(year))});
            continue;
        }
        QDate latest;
        for (const TimeWord &w : words)
            latest = std::max(latest, w.date);
        if (!explicitDeadline || latest > limit.deadline)
            limit.deadline = latest;
        explicitDeadline = true;
        QSet<qint64> fieldDays;
        for (const TimeWord &w : words) {
            if (!fieldDays.contains(w.date.toJulianDay())) {
                fieldDays.insert(w.date.toJulianDay());
                limit.fieldMilestones.append({w.date, sentenceAround(field, w.position)});
            }
        }
    }
    if (!explicitDeadline) {
        for (const TimeWord &w : textWords)
            limit.deadline = std::max(limit.deadline, w.date);
    }
    return limit;
}

void TaskCollector::addMilestones(Task &task, const OutlineBlock &block, const TimeLimit &limit,
                                  const QList<TimeWord> &textWords)
{
    const QDate documentDate = m_doc.plan.date;
    QSet<qint64> milestoneDays;
    auto addMilestone = [&](const QDate &date, const QString &what) {
        if (!milestoneDays.contains(date.toJulianDay())) {
            milestoneDays.insert(date.toJulianDay());
            task.milestones.append(Milestone{0, date, what, false});
        }
    };
    for (const auto &[date, what] : limit.fieldMilestones) {
        if (classifyTimeWord(date, task.deadline, documentDate) == TimeWordRole::Milestone)
            addMilestone(date, what);
    }
    QSet<qint64> warnedDays;
    for (const TimeWord &w : textWords) {
        switch (classifyTimeWord(w.date, task.deadline, documentDate)) {
        case TimeWordRole::Milestone:
            if (!milestoneDays.contains(w.date.toJulianDay()))
                addMilestone(w.date, sentenceAround(task.text, w.position));
            break;
        case TimeWordRole::BeforeDocument:
            if (warnedDays.contains(w.date.toJulianDay()))
                break;
            warnedDays.insert(w.date.toJulianDay());
            m_doc.warnings.append(
                {block.line, PlanImporter::tr("Task %1: %2 (%3) is before the document's date %4; kept as "
                                              "information, not set as a milestone.")
                                 .arg(task.code, w.phrase, w.date.toString(Qt::ISODate),
                                      documentDate.toString(Qt::ISODate))});
            break;
        case TimeWordRole::Deadline:
        case TimeWordRole::AfterDeadline:
            break;
        }
    }
    std::sort(task.milestones.begin(), task.milestones.end(),
              [](const Milestone &a, const Milestone &b) { return a.date < b.date; });
}

void TaskCollector::prefixRestartedCodes()
{
    QHash<QString, int> codeCount;
    for (const Task &t : std::as_const(m_doc.tasks))
        ++codeCount[t.code];
    const bool duplicates = std::any_of(codeCount.cbegin(), codeCount.cend(), [](int n) { return n > 1; });
    if (!duplicates)
        return;
    for (qsizetype i = 0; i < m_doc.tasks.size(); ++i) {
        Task &t = m_doc.tasks[i];
        if (m_numberedTask.at(i) && !t.section.isEmpty())
            t.code = t.section + u'.' + t.code;
    }
}

void TaskCollector::warnCloseNames()
{
    // Pairwise, so only for a plausible number of names (real plans name a few dozen units).
    if (m_mentions.size() > MaxNamesCompared) {
        m_doc.warnings.append(
            {0, PlanImporter::tr("The document names %1 different units; too many to check for close names.")
                    .arg(m_mentions.size())});
    }
    for (qsizetype j = 0; j < m_mentions.size() && j < MaxNamesCompared; ++j) {
        for (qsizetype i = 0; i < j; ++i) {
            const Mention &a = m_mentions.at(i);
            const Mention &b = m_mentions.at(j);
            if (a.known || b.known || !UnitResolver::areClose(a.name, b.name))
                continue;
            m_doc.warnings.append(
                {b.line, PlanImporter::tr("Task %1 names %2 and task %3 names %4: the names are close but "
                                          "different, so they were kept as two units. Check whether they "
                                          "are the same unit.")
                             .arg(b.taskCode, quoted(b.name), a.taskCode, quoted(a.name))});
        }
    }
}

QList<Unit> TaskCollector::units() const
{
    QList<Unit> units;
    for (const Mention &m : std::as_const(m_mentions)) {
        Unit u;
        u.name = m.name;
        u.kind = m.kind;
        units.append(u);
    }
    return units;
}

} // namespace

PlanImporter::PlanImporter(QList<Unit> directory) : m_resolver(std::move(directory)) {}

ImportOutcome PlanImporter::importFile(const QString &path) const
{
    return importDecoded(TextDecoder::decodeFile(path));
}

ImportOutcome PlanImporter::importBytes(const QByteArray &bytes) const
{
    return importDecoded(TextDecoder::decode(bytes));
}

ImportOutcome PlanImporter::importDecoded(const TextDecoder::Result &decoded) const
{
    if (decoded.error) {
        ImportOutcome outcome;
        outcome.error = decoded.error;
        return outcome;
    }
    ImportOutcome outcome = importText(decoded.text);
    outcome.encoding = decoded.encoding;
    if (!outcome.document || decoded.damagedLines.isEmpty())
        return outcome;
    // Bytes the decoder had to replace: say on which lines, so the text can be checked against the original.
    QList<ImportWarning> &warnings = outcome.document->warnings;
    const bool utf8 = decoded.encoding.startsWith(u"UTF-8"_s);
    constexpr qsizetype MaxDamagedLines = 100;
    for (qsizetype i = 0; i < decoded.damagedLines.size() && i < MaxDamagedLines; ++i) {
        warnings.append(
            {decoded.damagedLines.at(i),
             utf8
                 ? PlanImporter::tr("Damaged text: invalid UTF-8 bytes were replaced by \uFFFD on this line; "
                                    "check it against the original document.")
                 : PlanImporter::tr(
                       "Damaged text: invalid GB18030 bytes were replaced by \uFFFD on this line; "
                       "check it against the original document.")});
    }
    if (decoded.damagedLines.size() > MaxDamagedLines)
        warnings.append(
            {decoded.damagedLines.at(MaxDamagedLines),
             PlanImporter::tr("Damaged text: %1 more lines have invalid bytes replaced by \uFFFD.")
                 .arg(decoded.damagedLines.size() - MaxDamagedLines)});
    std::stable_sort(warnings.begin(), warnings.end(),
                     [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
    return outcome;
}

ImportOutcome PlanImporter::importText(const QString &text) const
{
    ImportOutcome outcome; // encoding stays empty: the text is already decoded
    outcome.error = unusableText(text);
    if (outcome.error)
        return outcome;
    PlanDocument doc;
    const QList<SourceParagraph> lines = TextRepair::lines(text);
    doc.plan = readPlan(lines, text, doc.warnings);
    const QList<OutlineBlock> blocks = OutlineReader::read(TextRepair::paragraphs(lines));
    const QList<Candidate> candidates = candidatesOf(blocks);
    TaskCollector collector(doc, m_resolver, numberedItemsCarryUnits(candidates));
    for (const Candidate &c : candidates)
        collector.add(c);
    if (doc.tasks.isEmpty()) {
        outcome.error = noTasksError(lines);
        return outcome;
    }
    collector.prefixRestartedCodes();
    collector.warnCloseNames();
    std::stable_sort(doc.warnings.begin(), doc.warnings.end(),
                     [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
    outcome.units = collector.units();
    outcome.document = std::move(doc);
    return outcome;
}

} // namespace duban::core
