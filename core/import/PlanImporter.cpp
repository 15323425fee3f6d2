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
    if (text.size() > TextDecoder::MaxBytes) {
        outcome.error = ImportError{
            ImportError::Code::TooLarge,
            PlanImporter::tr("The text has %1 characters; documents larger than %2 MB are not imported.")
                .arg(text.size())
                .arg(TextDecoder::MaxBytes / (1024 * 1024))};
        return outcome;
    }
    if (text.trimmed().isEmpty()) {
        outcome.error = ImportError{ImportError::Code::Empty, PlanImporter::tr("The document has no text.")};
        return outcome;
    }

    PlanDocument doc;
    const QList<SourceParagraph> lines = TextRepair::lines(text);
    doc.plan = HeaderParser::parse(lines, doc.warnings);
    if (doc.plan.year <= 0) {
        doc.plan.year = fallbackYear(text);
        if (doc.plan.year <= 0) {
            doc.plan.year = QDate::currentDate().year();
            doc.warnings.append(
                {0, PlanImporter::tr("No plan year was found; deadlines assume %1.").arg(doc.plan.year)});
        }
    }
    const int year = doc.plan.year;
    const QDate yearEnd = yearEndOf(year);
    const QList<OutlineBlock> blocks = OutlineReader::read(TextRepair::paragraphs(lines));
    const TargetParser targetParser(year);

    // Which blocks are tasks: items and rows with responsible units; numbered items without units
    // too when the document's other numbered items carry units.
    struct Candidate
    {
        const OutlineBlock *block;
        UnitListParser::Extraction extraction;
    };
    QList<Candidate> candidates;
    bool numberedWithUnits = false;
    for (const OutlineBlock &block : blocks) {
        Candidate c{&block, {}};
        if (block.kind == OutlineBlock::Kind::TableRow) {
            c.extraction.remaining = block.parts;
            QStringList units = UnitListParser::splitUnits(block.tableLead);
            for (const QString &u : UnitListParser::splitUnits(block.tableCo)) {
                if (!units.contains(u))
                    units.append(u);
            }
            if (!units.isEmpty()) {
                c.extraction.clause.found = true;
                c.extraction.clause.lead = units.takeFirst();
                c.extraction.clause.co = units;
            }
            if (!block.tableDeadline.isEmpty())
                c.extraction.clause.deadlineFields.append(block.tableDeadline);
            // A unit bracket inside the task cell still counts.
            if (!c.extraction.clause.found) {
                auto inner = UnitListParser::extract(block.parts);
                if (inner.clause.found) {
                    inner.clause.deadlineFields += c.extraction.clause.deadlineFields;
                    c.extraction = inner;
                }
            }
        } else {
            c.extraction = UnitListParser::extract(block.parts);
        }
        if (block.kind != OutlineBlock::Kind::Paragraph && c.extraction.clause.found &&
            block.marker->level == HeadingMarker::Level::Item)
            numberedWithUnits = true;
        candidates.append(std::move(c));
    }

    QList<Mention> mentions;
    QHash<QString, qsizetype> mentionIndex;
    QList<bool> numberedTask; // parallel to doc.tasks: coded by a plain number (1. or a table row)
    QSet<QString> sectionKeys;
    bool closing = false; // past the document's closing lines
    for (const Candidate &c : candidates) {
        const OutlineBlock &block = *c.block;
        const bool isItem = block.kind != OutlineBlock::Kind::Paragraph;
        const bool isTask =
            isItem && (c.extraction.clause.found ||
                       (numberedWithUnits && block.marker->level == HeadingMarker::Level::Item));
        const QString body = c.extraction.remaining.join(u'\n').trimmed();
        if (!isTask) {
            qsizetype targetsFound = 0;
            if (mentionsTargets(block.context)) {
                const auto found = targetParser.parse(body);
                targetsFound = found.size();
                doc.targets += found;
            }
            if (!block.parts.isEmpty() && isClosingText(block.parts.first()))
                closing = true;
            // Between the first task and the closing lines, text that is neither a task nor part of one
            // nor a target would be lost: say so, with its line. (What comes before the first task is the
            // masthead, the addressees and the preamble.)
            if (!doc.tasks.isEmpty() && !closing && targetsFound == 0 && !body.isEmpty())
                doc.warnings.append(
                    {block.line, PlanImporter::tr("This text belongs to no task and was not imported: %1")
                                     .arg(quoted(excerpt(body)))});
            continue;
        }

        Task task;
        task.code = taskCode(block);
        task.sourceLine = block.line;
        task.position = int(doc.tasks.size());
        task.text = body;
        task.title = titleOf(body);
        if (const OutlineHeading *h = innermost(block.context)) {
            task.section = h->code;
            const QString key = h->code + u'\n' + h->title;
            if (!sectionKeys.contains(key)) {
                sectionKeys.insert(key);
                Section s;
                s.code = h->code;
                s.title = h->title;
                s.position = int(doc.sections.size());
                doc.sections.append(s);
            }
        }

        // Units: resolved against the directory, close names reported, never merged.
        const UnitClause &clause = c.extraction.clause;
        if (!clause.found)
            doc.warnings.append(
                {block.line, PlanImporter::tr("Task %1 names no responsible unit.").arg(task.code)});
        QStringList resolved;
        QSet<QString> resolvedSet;
        for (const QString &written : clause.all()) {
            const UnitResolver::Resolution r = m_resolver.resolve(written);
            if (resolvedSet.contains(r.name))
                continue;
            resolvedSet.insert(r.name);
            resolved.append(r.name);
            if (!r.known && !r.candidate.isEmpty()) {
                doc.warnings.append(
                    {block.line,
                     PlanImporter::tr("Task %1: unit %2 is not in the unit directory; the closest one is %3. "
                                      "Kept as written: check whether they are the same unit.")
                         .arg(task.code, quoted(r.name), quoted(r.candidate))});
            }
            if (!mentionIndex.contains(r.name)) {
                mentionIndex.insert(r.name, mentions.size());
                mentions.append({r.name, task.code, block.line, r.known || !r.candidate.isEmpty(), r.kind});
            }
        }
        if (!resolved.isEmpty()) {
            task.lead = resolved.takeFirst();
            task.co = resolved;
        }

        // Deadline: an explicit 完成时限, else the end of the plan year (or a later date the text names).
        const QList<TimeWord> textWords = findTimeWords(task.text, year);
        QList<std::pair<QDate, QString>> fieldMilestones;
        bool explicitDeadline = false;
        task.deadline = yearEnd;
        for (const QString &field : clause.deadlineFields) {
            const QList<TimeWord> words = findTimeWords(field, year);
            if (words.isEmpty()) {
                doc.warnings.append(
                    {block.line,
                     PlanImporter::tr("Task %1: the time limit %2 is not a date; the deadline is the end "
                                      "of %3.")
                         .arg(task.code, quoted(field), QString::number(year))});
                continue;
            }
            QDate latest;
            for (const TimeWord &w : words)
                latest = std::max(latest, w.date);
            if (!explicitDeadline || latest > task.deadline)
                task.deadline = latest;
            explicitDeadline = true;
            QSet<qint64> fieldDays;
            for (const TimeWord &w : words) {
                if (!fieldDays.contains(w.date.toJulianDay())) {
                    fieldDays.insert(w.date.toJulianDay());
                    fieldMilestones.append({w.date, sentenceAround(field, w.position)});
                }
            }
        }
        if (!explicitDeadline) {
            for (const TimeWord &w : textWords)
                task.deadline = std::max(task.deadline, w.date);
        }
        QSet<qint64> milestoneDays;
        auto addMilestone = [&](const QDate &date, const QString &what) {
            if (!milestoneDays.contains(date.toJulianDay())) {
                milestoneDays.insert(date.toJulianDay());
                task.milestones.append(Milestone{0, date, what, false});
            }
        };
        for (const auto &[date, what] : std::as_const(fieldMilestones)) {
            if (classifyTimeWord(date, task.deadline, doc.plan.date) == TimeWordRole::Milestone)
                addMilestone(date, what);
        }
        QSet<qint64> warnedDays;
        for (const TimeWord &w : textWords) {
            switch (classifyTimeWord(w.date, task.deadline, doc.plan.date)) {
            case TimeWordRole::Milestone:
                if (!milestoneDays.contains(w.date.toJulianDay()))
                    addMilestone(w.date, sentenceAround(task.text, w.position));
                break;
            case TimeWordRole::BeforeDocument:
                if (warnedDays.contains(w.date.toJulianDay()))
                    break;
                warnedDays.insert(w.date.toJulianDay());
                doc.warnings.append(
                    {block.line,
                     PlanImporter::tr("Task %1: %2 (%3) is before the document's date %4; kept as "
                                      "information, not set as a milestone.")
                         .arg(task.code, w.phrase, w.date.toString(Qt::ISODate),
                              doc.plan.date.toString(Qt::ISODate))});
                break;
            case TimeWordRole::Deadline:
            case TimeWordRole::AfterDeadline:
                break;
            }
        }
        std::sort(task.milestones.begin(), task.milestones.end(),
                  [](const Milestone &a, const Milestone &b) { return a.date < b.date; });
        task.reporting = reportingCycleOf(task.text);
        task.targets = targetParser.parse(task.text);
        doc.tasks.append(task);
        numberedTask.append(block.marker->level == HeadingMarker::Level::Item);
    }

    if (doc.tasks.isEmpty()) {
        int nonBlank = 0;
        for (const SourceParagraph &l : lines)
            nonBlank += l.isBlank() ? 0 : 1;
        outcome.error = ImportError{ImportError::Code::NoTasks,
                                    PlanImporter::tr("No task was recognised in %1 lines of text: no "
                                                     "numbered item or table row names responsible units "
                                                     "(责任单位, 牵头单位 or …负责).")
                                        .arg(nonBlank)};
        return outcome;
    }

    // Numbering that restarts in each section: prefix every numbered task's code with its section.
    QHash<QString, int> codeCount;
    for (const Task &t : std::as_const(doc.tasks))
        ++codeCount[t.code];
    const bool duplicates = std::any_of(codeCount.cbegin(), codeCount.cend(), [](int n) { return n > 1; });
    if (duplicates) {
        for (qsizetype i = 0; i < doc.tasks.size(); ++i) {
            Task &t = doc.tasks[i];
            if (numberedTask.at(i) && !t.section.isEmpty())
                t.code = t.section + u'.' + t.code;
        }
    }

    // Close names within the document (新区组织部 / 新区组织工作部): warn at the later mention.
    // Pairwise, so only for a plausible number of names (real plans name a few dozen units).
    if (mentions.size() > MaxNamesCompared) {
        doc.warnings.append(
            {0, PlanImporter::tr("The document names %1 different units; too many to check for close names.")
                    .arg(mentions.size())});
    }
    for (qsizetype j = 0; j < mentions.size() && j < MaxNamesCompared; ++j) {
        for (qsizetype i = 0; i < j; ++i) {
            const Mention &a = mentions.at(i);
            const Mention &b = mentions.at(j);
            if (a.known || b.known || !UnitResolver::areClose(a.name, b.name))
                continue;
            doc.warnings.append(
                {b.line, PlanImporter::tr("Task %1 names %2 and task %3 names %4: the names are close but "
                                          "different, so they were kept as two units. Check whether they "
                                          "are the same unit.")
                             .arg(b.taskCode, quoted(b.name), a.taskCode, quoted(a.name))});
        }
    }
    std::stable_sort(doc.warnings.begin(), doc.warnings.end(),
                     [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });

    for (const Mention &m : std::as_const(mentions)) {
        Unit u;
        u.name = m.name;
        u.kind = m.kind;
        outcome.units.append(u);
    }
    outcome.document = std::move(doc);
    return outcome;
}

} // namespace duban::core
