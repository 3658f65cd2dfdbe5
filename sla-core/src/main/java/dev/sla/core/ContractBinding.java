package dev.sla.core;

import dev.sla.Problem;
import dev.sla.calendar.CalendarException;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a contract to its policy ({@link Policy#withContract(Contract)}): checks the
 * contract against the policy's parameters, reporting every problem at once with its path
 * in the contract, then builds the policy with the contract's values in place: each
 * parameterised target gets its time, each calendar template is built with the contract's
 * zone, hours and holidays (a customer calendar with the customer's). The stated terms are
 * shared with the policy bound to no contract; only the targets are indexed again.
 */
final class ContractBinding {

    private final Policy policy;
    private final Contract contract;
    private final List<Problem> found = new ArrayList<>();
    /** The holiday sets the policy's calendars follow, by name. */
    private final Map<String, HolidaySet> policySets = new LinkedHashMap<>();

    private ContractBinding(Policy policy, Contract contract) {
        this.policy = policy;
        this.contract = contract;
        for (WorkCalendar c : policy.calendars().values()) {
            c.holidaySets().forEach(s -> policySets.putIfAbsent(s.name(), s));
        }
        for (CalendarTemplate t : policy.calendarTemplates().values()) {
            t.calendar().holidaySets().forEach(s -> policySets.putIfAbsent(s.name(), s));
        }
    }

    /** Binds a contract to a policy, or throws listing every problem. */
    static Policy bind(Policy policy, Contract contract) {
        return new ContractBinding(policy, contract).bind();
    }

    private Policy bind() {
        String id = policy.id();
        if (!contract.policy().equals(id)) {
            // its values are another policy's: checking them against this one would tell nothing
            throw new InvalidContractException(contract.id(), List.of(new Problem("/policy", "contract '"
                    + contract.id() + "' is made under policy '" + contract.policy() + "', not '" + id + "'")));
        }
        if (!policy.plans().containsKey(contract.plan())) {
            found.add(new Problem("/plan", "unknown plan '" + contract.plan() + "' in policy '" + id + "'"
                    + Closest.hint(contract.plan(), policy.plans().keySet()) + "; known: "
                    + String.join(", ", policy.plans().keySet())));
        }
        Map<String, String> values = contract.values();
        for (Parameter p : policy.parameters().values()) {
            String v = values.get(p.id());
            if (v == null) {
                found.add(new Problem("/values", "contract '" + contract.id() + "' gives no value for parameter '"
                        + p.id() + "' (" + p.kind().id() + (p.name() == null ? "" : ": " + p.name()) + ") of policy '"
                        + id + "'"));
                continue;
            }
            String bad = p.kind().problem(v);
            if (bad != null) {
                found.add(new Problem("/values/" + p.id(), "parameter '" + p.id() + "' (" + p.kind().id() + "): " + bad));
            } else if (p.kind() == ParameterKind.HOLIDAYS) {
                sets("/values/" + p.id(), List.of(v.split(",")));
            }
        }
        for (String name : values.keySet()) {
            if (!policy.parameters().containsKey(name)) {
                found.add(new Problem("/values/" + name, "unknown parameter '" + name + "' in policy '" + id + "'"
                        + Closest.hint(name, policy.parameters().keySet()) + (policy.parameters().isEmpty()
                        ? "; the policy declares no parameters" : "; known: "
                        + String.join(", ", policy.parameters().keySet()))));
            }
        }
        List<HolidaySet> customerSets = sets("/customer/holidays", contract.customerHolidays());
        if (!found.isEmpty()) {
            throw new InvalidContractException(contract.id(), found);
        }
        Map<String, WorkCalendar> calendars = new LinkedHashMap<>(policy.calendars());
        policy.calendarTemplates().forEach((calId, t) -> {
            WorkCalendar bound = calendar(calId, t, customerSets);
            if (bound != null) {
                calendars.put(calId, bound);
            }
        });
        if (!found.isEmpty()) {
            throw new InvalidContractException(contract.id(), found);
        }
        List<Target> targets = new ArrayList<>(policy.targets().size());
        for (Target t : policy.targets()) {
            String v = t.parameter() == null ? null : values.get(t.parameter());
            // a contract that sets no time leaves the target as stated: it answers that the contract sets none
            targets.add(v == null || v.equals(Target.NONE) ? t : t.withTime(Duration.parse(v)));
        }
        return Policy.bound(policy, java.util.Collections.unmodifiableMap(calendars), List.copyOf(targets), contract);
    }

    /** A template built with the contract's values, or null with a problem if it cannot be. */
    private WorkCalendar calendar(String calId, CalendarTemplate t, List<HolidaySet> customerSets) {
        WorkCalendar base = t.calendar();
        ZoneId zone = t.zoneParameter() != null ? ZoneId.of(contract.values().get(t.zoneParameter())) : base.zone();
        WeeklyHours hours = t.hoursParameter() != null ? WeeklyHours.parse(contract.values().get(t.hoursParameter()))
                : base.weeklyHours();
        List<HolidaySet> sets = t.holidaysParameter() != null
                ? sets(null, List.of(contract.values().get(t.holidaysParameter()).split(","))) : base.holidaySets();
        if (t.customer()) {
            if (contract.customerZone() != null) {
                zone = contract.customerZone();
            }
            if (!customerSets.isEmpty()) {
                sets = customerSets;
            }
        }
        try {
            return CalendarBinding.copy(base, zone, hours, sets);
        } catch (CalendarException ex) {
            String part = t.hoursParameter() != null ? "/values/" + t.hoursParameter() : "/values";
            found.add(new Problem(part, "calendar '" + calId + "' of policy '" + policy.id()
                    + "' cannot be built with the contract's values: " + ex.getMessage()));
            return null;
        }
    }

    /** The holiday sets of names: the policy's own sets, then the built-in ones; a problem at path for each unknown. */
    private List<HolidaySet> sets(String path, List<String> names) {
        List<HolidaySet> sets = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim();
            HolidaySet set = policySets.get(name);
            if (set == null) {
                try {
                    set = HolidaySet.builtIn(name);
                } catch (IllegalArgumentException ex) {
                    if (path != null) {
                        found.add(new Problem(path.startsWith("/customer") ? path + "/" + i : path,
                                "unknown holiday set '" + name + "'; name a built-in set such as ru or fr"
                                + (policySets.isEmpty() ? "" : ", or a set of the policy: "
                                + String.join(", ", policySets.keySet()))));
                    }
                    continue;
                }
            }
            sets.add(set);
        }
        return sets;
    }
}
