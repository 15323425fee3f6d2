#include "Loop.h"

namespace duban::core {

QString stageKey(TaskStage stage)
{
    switch (stage) {
    case TaskStage::Assigned:
        return QStringLiteral("assigned");
    case TaskStage::Signed:
        return QStringLiteral("signed");
    case TaskStage::InProgress:
        return QStringLiteral("in-progress");
    case TaskStage::CompletionRequested:
        return QStringLiteral("completion-requested");
    case TaskStage::Closed:
        return QStringLiteral("closed");
    }
    return QStringLiteral("assigned");
}

QString attachmentOwnerKey(Attachment::Owner owner)
{
    switch (owner) {
    case Attachment::Owner::Report:
        return QStringLiteral("report");
    case Attachment::Owner::Request:
        return QStringLiteral("request");
    case Attachment::Owner::Record:
        return QStringLiteral("record");
    }
    return QStringLiteral("request");
}

} // namespace duban::core
