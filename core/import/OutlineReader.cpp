#include "OutlineReader.h"

#include "core/import/TaskTableLayout.h"
#include "core/import/UnitListParser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace duban::core {

namespace {

int rankOf(const HeadingMarker &marker)
{
    return int(marker.level);
}

QString tidyTitle(QString title)
{
    title = title.trimmed();
    static const QString trailing = u"。；：:，,"_s;
    while (!title.isEmpty() && trailing.contains(title.back()))
        title.chop(1);
    return title;
}

bool isNumberCell(const QString &cell)
{
    static const QRegularExpression re(uR"(^\d{1,7}[.、]?$)"_s);
    return re.match(cell).hasMatch();
}

/// Paragraphs that end an item rather than continue it.
bool endsItem(const QString &text)
{
    return text.startsWith(u"附件") || text.startsWith(u"抄送") || text.startsWith(u"印发");
}

} // namespace

bool OutlineReader::isHeading(const SourceParagraph &paragraph, const std::optional<HeadingMarker> &marker)
{
    const QString rest = marker ? paragraph.text.mid(marker->length) : paragraph.text;
    auto hasUnits = [&] { return UnitListParser::extract({rest}).clause.found; };
    if (paragraph.markdownHeading)
        return (!marker || marker->level <= HeadingMarker::Level::Section) && !hasUnits();
    if (!marker || marker->level > HeadingMarker::Level::Section)
        return false;
    if (rest.size() > 40 || rest.contains(u'。') || rest.contains(u'；'))
        return false;
    return !hasUnits();
}

QList<OutlineBlock> OutlineReader::read(const QList<SourceParagraph> &paragraphs)
{
    QList<OutlineBlock> blocks;
    QList<OutlineHeading> stack;
    std::optional<OutlineBlock> item;
    std::optional<TaskTableLayout> table;
    QString lastItemNumber;

    auto finish = [&] {
        if (item)
            blocks.append(*item);
        item.reset();
    };
    auto popTo = [&](int rank) {
        while (!stack.isEmpty() && stack.last().rank >= rank)
            stack.removeLast();
    };

    for (const SourceParagraph &p : paragraphs) {
        SourceParagraph para = p;
        if (p.isTableRow()) {
            if (auto layout = TaskTableLayout::fromHeader(p.cells)) {
                finish();
                table = layout;
                continue;
            }
            if (table) {
                const QString code = table->code(p.cells);
                if (isNumberCell(code)) {
                    finish();
                    OutlineBlock row;
                    row.kind = OutlineBlock::Kind::TableRow;
                    row.line = p.line;
                    HeadingMarker marker;
                    marker.level = HeadingMarker::Level::Item;
                    marker.number = code;
                    while (!marker.number.isEmpty() && !marker.number.back().isDigit())
                        marker.number.chop(1);
                    row.marker = marker;
                    popTo(rankOf(marker));
                    row.context = stack;
                    row.parts = {table->task(p.cells)};
                    row.tableLead = table->lead(p.cells);
                    row.tableCo = table->co(p.cells);
                    row.tableDeadline = table->deadline(p.cells);
                    lastItemNumber = marker.number;
                    item = row;
                    continue;
                }
                QStringList filled;
                for (const QString &c : p.cells) {
                    if (!c.isEmpty())
                        filled.append(c);
                }
                if (code.isEmpty() && item && item->kind == OutlineBlock::Kind::TableRow &&
                    filled.size() >= 1 && !(filled.size() == 1 && HeadingMarker::detect(filled.first()))) {
                    // A wrapped row: its cells continue the row above.
                    item->parts.last() += table->task(p.cells);
                    item->tableLead += table->lead(p.cells);
                    item->tableCo += table->co(p.cells);
                    item->tableDeadline += table->deadline(p.cells);
                    continue;
                }
                para.cells.clear();
                para.text = filled.join(u' ');
            } else {
                para.cells.clear();
                para.text = p.cells.join(u' ').trimmed();
            }
            if (para.text.isEmpty())
                continue;
        }

        const auto marker = HeadingMarker::detect(para.text);
        if (isHeading(para, marker)) {
            finish();
            OutlineHeading h;
            h.line = para.line;
            if (marker) {
                h.rank = rankOf(*marker);
                h.code = marker->number;
                h.title = tidyTitle(para.text.mid(marker->length));
            } else {
                h.rank = -1;
                h.title = tidyTitle(para.text);
                h.code = h.title;
            }
            popTo(h.rank);
            stack.append(h);
            continue;
        }
        if (marker) {
            finish();
            OutlineBlock block;
            block.kind = OutlineBlock::Kind::Item;
            block.line = para.line;
            block.marker = marker;
            popTo(rankOf(*marker));
            block.context = stack;
            block.parts = {para.text.mid(marker->length)};
            if (marker->level == HeadingMarker::Level::SubItem)
                block.parentItem = lastItemNumber;
            if (marker->level == HeadingMarker::Level::Item)
                lastItemNumber = marker->number;
            item = block;
            continue;
        }
        if (item && item->kind == OutlineBlock::Kind::Item && !endsItem(para.text)) {
            item->parts.append(para.text);
            continue;
        }
        finish();
        OutlineBlock block;
        block.kind = OutlineBlock::Kind::Paragraph;
        block.line = para.line;
        block.context = stack;
        block.parts = {para.text};
        blocks.append(block);
    }
    finish();
    return blocks;
}

} // namespace duban::core
