/** An application that is a named module and uses sla through its modules. */
module com.example.sla.modular {
    requires dev.sla.json;      // and, transitively, dev.sla.core and dev.sla.calendar
    requires dev.sla.holidays;  // the country holiday sets, provided as a service

    exports com.example.sla.modular;
}
