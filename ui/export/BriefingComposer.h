#pragma once

#include "BriefingStyle.h"

#include <QStringList>
#include <QTextCharFormat>
#include <QTextCursor>

class QTextDocument;

namespace duban::ui {

/// Writes the briefing's blocks at the end of a QTextDocument in the official-document manner: fixed line
/// grid, heading fonts, tables with a repeated header row, inline charts. Sizes are in page pixels at
/// BriefingDocument::kDpi. Used by BriefingDocument while it builds the document.
class BriefingComposer final
{
    Q_DISABLE_COPY_MOVE(BriefingComposer)
public:
    BriefingComposer(QTextDocument *document, const BriefingStyle &style);
    ~BriefingComposer();

    QTextCharFormat chars(const QString &family, qreal points, bool bold = false,
                          const QColor &color = Qt::black) const;
    QTextCharFormat body() const;
    /// Lines of a fixed height (in points), so pagination never cuts a line and every page has the same grid.
    QTextBlockFormat block(Qt::Alignment alignment, qreal indentChars = 0, qreal lineHeight = 28) const;
    void add(const QTextBlockFormat &format, const QString &text, const QTextCharFormat &chars);

    void title(const QString &text);
    void subtitle(const QString &text);
    void heading1(const QString &text);
    void heading2(const QString &text);
    void paragraph(const QString &text);
    void note(const QString &text);
    void attachment(const QString &label, const QString &text);
    /// An empty block `height` pixels high (a top margin on the document's first block is ignored).
    void spacer(qreal height);
    /// A table with one header row (repeated on every page); `center` marks the centred columns.
    void table(const QStringList &headers, const QList<qreal> &widths, const QList<QStringList> &rows,
               const QList<bool> &center);
    /// An inline chart object (drawn as vectors by ChartTextObject).
    void chart(int index, qreal width, qreal height);

private:
    QTextCursor m_cursor;
    const BriefingStyle &m_style;
    bool m_first = true;
};

} // namespace duban::ui
