#pragma once

#include <QString>

class QPainter;

namespace duban::ui {

/// A document laid out as A4 pages at BriefingDocument::kDpi (the briefing, a notice): what
/// BriefingPdfWriter needs to put it into a PDF file or on a printer.
class PagedDocument
{
public:
    virtual ~PagedDocument() = default;

    virtual int pageCount() const = 0;
    /// Paints page `page` (0-based); the painter's coordinates are page pixels at BriefingDocument::kDpi.
    virtual void paintPage(QPainter *painter, int page) const = 0;
    /// The PDF's title; empty: the briefing's.
    virtual QString documentTitle() const { return {}; }

protected:
    PagedDocument() = default;
    PagedDocument(const PagedDocument &) = default;
    PagedDocument &operator=(const PagedDocument &) = default;
};

} // namespace duban::ui
