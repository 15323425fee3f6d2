#pragma once

#include "BriefingStyle.h"
#include "core/briefing/BriefingContent.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QSizeF>

#include <memory>

class QPainter;
class QPdfWriter;
class QTextDocument;

namespace duban::ui {

class ChartTextObject;

/// A briefing laid out as A4 pages in the official-document manner (GB/T 9704 habits): masthead in red,
/// title, numbered headings, tables with repeated header rows, attachments, charts as vectors and page
/// numbers "— N —". Pages are painted in page pixels at kDpi onto any painter: PDF, printer or preview image.
class BriefingDocument final
{
    Q_DECLARE_TR_FUNCTIONS(duban::ui::BriefingDocument)
    Q_DISABLE_COPY_MOVE(BriefingDocument)
public:
    static constexpr int kDpi = 300;

    explicit BriefingDocument(const core::BriefingContent &content,
                              const BriefingStyle &style = BriefingStyle::defaults());
    ~BriefingDocument();

    int pageCount() const;
    /// A4 in pixels at kDpi.
    static QSizeF pageSize();
    /// The text block (版心): 156 × 225 mm, 37 mm from the top, 28 mm from the left, in pixels at kDpi.
    static QRectF textBlock();
    /// Paints page `page` (0-based); the painter's coordinates are page pixels at kDpi.
    void paintPage(QPainter *painter, int page) const;
    /// Page `page` as an image `width` pixels wide, on white.
    QImage pageImage(int page, int width) const;
    /// The body text (without masthead and page numbers), for tests and diagnostics.
    QString bodyText() const;
    /// The date as the briefing writes it ("1 July 2023"; zh_CN: 2023年7月1日).
    static QString dateText(const QDate &date);

private:
    void build(const core::BriefingContent &content);
    void paintMasthead(QPainter *painter) const;
    void paintPageNumber(QPainter *painter, int page) const;

    BriefingStyle m_style;
    QString m_series;
    QString m_issueLine;
    QString m_office;
    QString m_date;
    QBuffer m_sink; ///< the layout device writes nowhere
    std::unique_ptr<QPdfWriter> m_layoutDevice;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<ChartTextObject> m_charts;
};

} // namespace duban::ui
