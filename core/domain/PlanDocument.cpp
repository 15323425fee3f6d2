#include "PlanDocument.h"

namespace duban::core {

void assignSectionIndexes(PlanDocument &document)
{
    int cursor = 0;
    for (Task &t : document.tasks) {
        if (t.sectionIndex >= 0 && t.sectionIndex < document.sections.size()) {
            cursor = t.sectionIndex;
            continue;
        }
        t.sectionIndex = -1;
        for (int s = cursor; s < document.sections.size(); ++s) {
            if (document.sections.at(s).code == t.section) {
                t.sectionIndex = s;
                cursor = s;
                break;
            }
        }
        if (t.sectionIndex < 0) { // out of order: any section with that code
            for (int s = 0; s < document.sections.size(); ++s) {
                if (document.sections.at(s).code == t.section) {
                    t.sectionIndex = s;
                    break;
                }
            }
        }
    }
}

} // namespace duban::core
