#include "BriefingComposer.h"

#include "BriefingDocument.h"
#include "ChartTextObject.h"

#include <QTextDocument>
#include <QTextTable>

namespace duban::ui {

namespace {

constexpr qreal kDpi = BriefingDocument::kDpi;

constexpr qreal pt(qreal v)
{
    return v * kDpi / 72.0;
}

/// Line heights, table borders and cell padding are given in 1/96 inch and scaled to the device by the
/// layout.
constexpr qreal scaled(qreal points)
{
    return points * 96.0 / 72.0;
}

} // namespace

BriefingComposer::BriefingComposer(QTextDocument *document, const BriefingStyle &style)
    : m_cursor(document), m_style(style)
{
    // One edit block: the document is laid out once, at the end, not after every insertion.
    m_cursor.beginEditBlock();
}

BriefingComposer::~BriefingComposer()
{
    m_cursor.endEditBlock();
}

QTextCharFormat BriefingComposer::chars(const QString &family, qreal points, bool bold,
                                        const QColor &color) const
{
    QTextCharFormat f;
    f.setFontFamilies({family});
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(color);
    return f;
}

QTextCharFormat BriefingComposer::body() const
{
    return chars(m_style.bodyFamily, 16);
}

QTextBlockFormat BriefingComposer::block(Qt::Alignment alignment, qreal indentChars, qreal lineHeight) const
{
    QTextBlockFormat b;
    b.setAlignment(alignment);
    b.setTextIndent(pt(16) * indentChars);
    b.setLineHeight(scaled(lineHeight), QTextBlockFormat::FixedHeight);
    return b;
}

void BriefingComposer::add(const QTextBlockFormat &format, const QString &text, const QTextCharFormat &chars)
{
    if (m_first) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(chars);
        m_first = false;
    } else {
        m_cursor.insertBlock(format, chars);
    }
    m_cursor.insertText(text, chars);
}

void BriefingComposer::title(const QString &text)
{
    QTextBlockFormat b = block(Qt::AlignHCenter, 0, 34);
    b.setBottomMargin(pt(6));
    add(b, text, chars(m_style.headingFamily, 22));
}

void BriefingComposer::subtitle(const QString &text)
{
    QTextBlockFormat b = block(Qt::AlignHCenter);
    b.setBottomMargin(pt(12));
    add(b, text, chars(m_style.kaiFamily, 16));
}

void BriefingComposer::heading1(const QString &text)
{
    QTextBlockFormat b = block(Qt::AlignJustify, 2);
    b.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    add(b, text, chars(m_style.headingFamily, 16));
}

void BriefingComposer::note(const QString &text)
{
    QTextBlockFormat b = block(Qt::AlignLeft, 0, 18);
    b.setTopMargin(pt(4));
    add(b, text, chars(m_style.bodyFamily, 12));
}

void BriefingComposer::attachment(const QString &label, const QString &text)
{
    QTextBlockFormat b = block(Qt::AlignLeft);
    b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    add(b, label, chars(m_style.headingFamily, 16));
    QTextBlockFormat t = block(Qt::AlignHCenter, 0, 28);
    t.setTopMargin(pt(8));
    t.setBottomMargin(pt(12));
    add(t, text, chars(m_style.headingFamily, 18));
}

void BriefingComposer::spacer(qreal height)
{
    QTextBlockFormat b;
    b.setLineHeight(height * 96.0 / kDpi, QTextBlockFormat::FixedHeight);
    add(b, QString(), chars(m_style.bodyFamily, 2));
}

void BriefingComposer::table(const QStringList &headers, const QList<qreal> &widths,
                             const QList<QStringList> &rows, const QList<bool> &center)
{
    if (m_first)
        add(QTextBlockFormat(), QString(), body());
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorder(scaled(0.6));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(Qt::black);
    format.setBorderCollapse(true);
    format.setCellPadding(scaled(2.5));
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(pt(6));
    format.setBottomMargin(pt(6));
    QList<QTextLength> constraints;
    for (qreal w : widths)
        constraints.append(QTextLength(QTextLength::PercentageLength, w));
    format.setColumnWidthConstraints(constraints);
    const int columns = int(headers.size());
    m_cursor.movePosition(QTextCursor::End);
    QTextTable *table = m_cursor.insertTable(int(rows.size()) + 1, columns, format);
    const QTextCharFormat head = chars(m_style.headingFamily, 10.5);
    const QTextCharFormat cell = chars(m_style.bodyFamily, 12);
    QTextBlockFormat centred = block(Qt::AlignHCenter, 0, 17);
    QTextBlockFormat left = block(Qt::AlignLeft, 0, 17);
    QTextTableCellFormat headCell;
    headCell.setBackground(QColor(0xee, 0xee, 0xee));
    headCell.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    for (int c = 0; c < columns; ++c) {
        QTextTableCell tc = table->cellAt(0, c);
        tc.setFormat(headCell);
        QTextCursor cur = tc.firstCursorPosition();
        cur.setBlockFormat(centred);
        cur.insertText(headers.at(c), head);
    }
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        for (int c = 0; c < columns; ++c) {
            QTextCursor cur = table->cellAt(r + 1, c).firstCursorPosition();
            cur.setBlockFormat(center.value(c) ? centred : left);
            cur.insertText(row.value(c), cell);
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

void BriefingComposer::chart(int index, qreal width, qreal height)
{
    QTextCharFormat f;
    f.setObjectType(ChartTextObject::kObjectType);
    f.setProperty(ChartTextObject::kIndexProperty, index);
    f.setProperty(ChartTextObject::kWidthProperty, width);
    f.setProperty(ChartTextObject::kHeightProperty, height);
    QTextBlockFormat b;
    b.setAlignment(Qt::AlignHCenter);
    b.setTopMargin(pt(6));
    b.setBottomMargin(pt(6));
    add(b, QString(), body());
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
}

void BriefingComposer::heading2(const QString &text)
{
    add(block(Qt::AlignJustify, 2), text, chars(m_style.kaiFamily, 16));
}

void BriefingComposer::paragraph(const QString &text)
{
    add(block(Qt::AlignJustify, 2), text, body());
}

} // namespace duban::ui
