package dev.sla.spark;

import dev.sla.core.Decision;
import dev.sla.core.StatusClassTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The {@code status_classes} column of a decision: the time per status class, in seconds. */
final class StatusClassColumns {

    /** The schema of one status class of a decision. */
    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("status_class", DataTypes.StringType, false),
        DataTypes.createStructField("wall_seconds", DataTypes.LongType, false),
        DataTypes.createStructField("calendar", DataTypes.StringType, true),
        DataTypes.createStructField("working_seconds", DataTypes.LongType, true)});

    private StatusClassColumns() {
    }

    /** The rows of a decision's status class times, in the policy's order; empty without classes. */
    static List<Row> rows(Decision d) {
        List<Row> rows = new ArrayList<>();
        for (StatusClassTime t : d.statusClassTimes().values()) {
            rows.add(RowFactory.create(t.statusClass(), t.wallTime().getSeconds(), t.calendar(),
                    t.workingTime() == null ? null : t.workingTime().getSeconds()));
        }
        return rows;
    }
}
