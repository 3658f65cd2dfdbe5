package dev.sla.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.Policy;
import dev.sla.core.PolicyBuilder;
import dev.sla.core.StatusClass;
import java.util.ArrayList;
import java.util.List;

/**
 * The section {@code statusClasses}: classes of statuses by id, each a list of statuses
 * (wall-clock time only) or {@code {"statuses", "calendar"}} (working time on the calendar
 * too); how it is read and written. Which statuses and calendars exist is the model's
 * check, placed at {@code /statusClasses/ID/N} or {@code /statusClasses/ID/statuses/N}.
 */
final class StatusClassJson {

    private StatusClassJson() {
    }

    /** Reads the status classes into the builder. */
    static void read(BindContext cx, PolicyBuilder b) {
        BindContext.members(cx.object(cx.root(), "statusClasses", false), e -> {
            Node n = e.getValue();
            String classId = cx.id(n, e.getKey(), "status class id");
            if (classId == null) {
                return;
            }
            Node list = n;
            String calendar = null;
            if (n.isObject()) {
                cx.known(n, "statuses", "calendar");
                list = n.get("statuses");
                if (list == null) {
                    cx.missing(n, "statuses");
                    return;
                }
                calendar = cx.string(n, "calendar", false);
            }
            if (!list.isArray()) {
                cx.problem(list, "status class '" + classId + "' must list its statuses as an array of strings, or be an "
                        + "object with 'statuses' and 'calendar', not " + list.describe());
                return;
            }
            List<String> statuses = new ArrayList<>();
            for (Node s : list.elements) {
                String v = cx.text(s, "a status of class '" + classId + "'");
                if (v == null) {
                    return;
                }
                statuses.add(v);
            }
            b.statusClass(new StatusClass(classId, statuses, calendar), list.pointer);
        });
    }

    /** Writes the status classes of a policy, if it declares any. */
    static void write(Policy p, ObjectNode root) {
        if (p.statusClasses().isEmpty()) {
            return;
        }
        ObjectNode classes = root.putObject("statusClasses");
        for (StatusClass c : p.statusClasses().values()) {
            ArrayNode statuses;
            if (c.calendar() == null) {
                statuses = classes.putArray(c.id());
            } else {
                ObjectNode n = classes.putObject(c.id());
                statuses = n.putArray("statuses");
                n.put("calendar", c.calendar());
            }
            c.statuses().forEach(statuses::add);
        }
    }
}
