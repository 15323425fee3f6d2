#pragma once

#include "BriefingStyle.h"
#include "core/briefing/BriefingContent.h"
#include "PagedDocument.h"

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
class BriefingDocument final : public PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(duban::ui::BriefingDocument)
    Q_DISABLE_COPY_MOVE(BriefingDocument)
public:
    static constexpr int kDpi = 300;

    explicit BriefingDocument(const core::BriefingContent &content,
                              const BriefingStyle &style = BriefingStyle::defaults());
    ~BriefingDocument() override;

    int pageCount() const override;
    /// A4 in pixels at kDpi.
    static QSizeF pageSize();
    /// The text block (版心): 156 × 225 mm, 37 mm from the top, 28 mm from the left, in pixels at kDpi.
    static QRectF textBlock();
    /// Paints page `page` (0-based); the painter's coordinates are page pixels at kDpi.
    void paintPage(QPainter *painter, int page) const override;
    /// Page `page` as an image `width` pixels wide, on white.
    QImage pageImage(int page, int width) const;
    /// The body text (without masthead and page numbers), for tests and diagnostics.
    QString bodyText() const;
    /// The date as the briefing writes it ("1 July 2023"; zh_CN: 2023年7月1日).
    static QString dateText(const QDate &date);

private:
    /// Where the body is written while it is built, with the running numbers of the headings.
    struct Writer;
    /// The number of each attachment in the order they appear; 0 for one the briefing leaves out.
    struct Attachments;

    void build(const core::BriefingContent &content);
    /// The texts of the masthead, painted on page 1.
    void setMasthead(const core::BriefingContent &c);
    /// Registers the trend charts of the targets with data (drawn as vectors); returns how many there are.
    qsizetype registerCharts(const core::BriefingContent &c);
    static Attachments numberAttachments(const core::BriefingContent &c);

    static void heading1(Writer &w, const QString &text);
    static void heading2(Writer &w, const QString &text);
    /// Title and "(as of …)" under the masthead.
    static void writeTitle(Writer &w, const core::BriefingContent &c);
    /// 一、总体情况: counts and shares by light, progress by section.
    static void writeOverview(Writer &w, const core::BriefingContent &c);
    /// 二、进展较好 and the units to praise.
    static void writeGoodProgress(Writer &w, const core::BriefingContent &c);
    /// 三、进展滞后（未达序时进度）.
    static void writeLagging(Writer &w, const core::BriefingContent &c, const Attachments &a);
    /// 四、存在问题: units with red tasks, the period's supervision, targets behind.
    static void writeProblems(Writer &w, const core::BriefingContent &c, const Attachments &a);
    static QString redUnitsText(const core::BriefingContent &c, const Attachments &a);
    static QString supervisionText(const core::BriefingContent &c, const Attachments &a);
    static QString targetsBehindText(const core::BriefingContent &c, const Attachments &a);
    /// 五、下步工作: the office's remarks.
    static void writeNextSteps(Writer &w, const core::BriefingContent &c);
    // Attachments (附件): full tables, each starting on a new page.
    static void writeUnitsAttachment(Writer &w, const core::BriefingContent &c, int no);
    static void writeOverdueAttachment(Writer &w, const core::BriefingContent &c, int no);
    static void writeSupervisionAttachment(Writer &w, const core::BriefingContent &c, int no);
    static void writeTargetsAttachment(Writer &w, const core::BriefingContent &c, int no, qsizetype charts);

    static QString seeAttachment(int no);
    static QString attachmentLabel(int no);
    /// The judgement of a task against the schedule, with its figures when it has reported.
    static QString scheduleDetail(const core::ScheduleItem &s);
    static QString taskLine(int index, const QString &code, const QString &title, const QString &lead,
                            const QString &detail);

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
