#pragma once

#include "BriefingStyle.h"
#include "core/services/NoticeService.h"
#include "PagedDocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>

#include <memory>

class QPdfWriter;
class QTextDocument;

namespace duban::ui {

/// A numbered 催办单 / 督办通知单 laid out as A4 pages with the briefing's typesetting (GB/T 9704 text block,
/// fonts, line grid): the title in red over the number and a red rule, the addressee (主送), the table of
/// tasks with their deadlines and states, the requirement (工作要求) and the response date, the issuer and
/// date at the bottom right, page numbers "— N —".
class NoticeDocument final : public PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(duban::ui::NoticeDocument)
    Q_DISABLE_COPY_MOVE(NoticeDocument)
public:
    explicit NoticeDocument(const core::NoticeContent &content,
                            const BriefingStyle &style = BriefingStyle::defaults());
    ~NoticeDocument() override;

    int pageCount() const override;
    void paintPage(QPainter *painter, int page) const override;
    /// "督办通知单 督字〔2023〕第12号".
    QString documentTitle() const override;
    /// Page `page` as an image `width` pixels wide, on white.
    QImage pageImage(int page, int width) const;
    /// The body text (without the masthead and page numbers), for tests.
    QString bodyText() const;

private:
    void build(const core::NoticeContent &content);
    void paintMasthead(QPainter *painter) const;
    void paintPageNumber(QPainter *painter, int page) const;

    BriefingStyle m_style;
    QString m_title;
    QString m_number;
    QBuffer m_sink; ///< the layout device writes nowhere
    std::unique_ptr<QPdfWriter> m_layoutDevice;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace duban::ui
