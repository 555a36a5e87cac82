package se.larmcentral.alarms.plans;

import se.larmcentral.alarms.codes.AlarmClass;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.NotFoundException;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The alarm service's customers, their objects and each object's action plans (kundregister), with the checks a
 * change must pass before it is recorded: the customer of an object exists, an account belongs to one object only
 * across all customers, a plan's object exists. {@code check*} decide, {@code save*} apply what was recorded (a customer may always be
 * saved, created or replaced).
 */
public final class CustomerRegister {

    private final Map<String, Customer> customers = new TreeMap<>();
    private final Map<String, AlarmObject> objects = new TreeMap<>();
    private final Map<String, String> objectByAccount = new HashMap<>();
    private final Map<String, Map<AlarmClass, ActionPlan>> plans = new HashMap<>();
    private final Map<String, RescueService> rescueServices = new TreeMap<>();

    /**
     * @throws NotFoundException when its customer is not registered
     * @throws ConflictException when one of its accounts is another object's, naming the account and that object
     */
    public void checkObject(AlarmObject object) {
        if (!customers.containsKey(object.customerId())) {
            throw new NotFoundException("customerId", "customerId: no customer '" + object.customerId() + "'");
        }
        for (int i = 0; i < object.accounts().size(); i++) {
            String account = object.accounts().get(i);
            String owner = objectByAccount.get(account);
            if (owner != null && !owner.equals(object.id())) {
                throw new ConflictException("accounts[" + i + "]", "accounts[" + i + "]: account " + account
                        + " already belongs to object '" + owner + "' of customer '"
                        + objects.get(owner).customerId() + "'");
            }
        }
    }

    /** @throws NotFoundException when its object is not registered */
    public void checkPlan(ActionPlan plan) {
        if (!objects.containsKey(plan.objectId())) {
            throw new NotFoundException("objectId", "objectId: no alarm object '" + plan.objectId() + "'");
        }
    }

    public void saveCustomer(Customer customer) {
        customers.put(customer.id(), customer);
    }

    public void saveObject(AlarmObject object) {
        AlarmObject before = objects.put(object.id(), object);
        if (before != null) {
            before.accounts().forEach(objectByAccount::remove);
        }
        object.accounts().forEach(a -> objectByAccount.put(a, object.id()));
    }

    public void savePlan(ActionPlan plan) {
        plans.computeIfAbsent(plan.objectId(), o -> new EnumMap<>(AlarmClass.class)).put(plan.alarmClass(), plan);
    }

    /** Sets or replaces the rescue service of one municipality. */
    public void saveRescueService(RescueService service) {
        rescueServices.put(service.municipalityCode(), service);
    }

    /** The rescue service registered for the municipality, if any. */
    public Optional<RescueService> rescueService(String municipalityCode) {
        return Optional.ofNullable(municipalityCode == null ? null : rescueServices.get(municipalityCode));
    }

    /** Every municipality's rescue service, by municipality code. */
    public List<RescueService> rescueServices() {
        return List.copyOf(rescueServices.values());
    }

    public List<Customer> customers() {
        return List.copyOf(customers.values());
    }

    public Optional<Customer> customer(String id) {
        return Optional.ofNullable(customers.get(id));
    }

    /** The customer's objects, by id. */
    public List<AlarmObject> objects(String customerId) {
        return objects.values().stream().filter(o -> o.customerId().equals(customerId)).toList();
    }

    public Optional<AlarmObject> object(String id) {
        return Optional.ofNullable(objects.get(id));
    }

    /** The object a transmitter account belongs to. */
    public Optional<AlarmObject> objectOfAccount(String account) {
        return Optional.ofNullable(objectByAccount.get(account)).map(objects::get);
    }

    /** The object's plans, in class order. */
    public List<ActionPlan> plans(String objectId) {
        return List.copyOf(plans.getOrDefault(objectId, Map.of()).values());
    }

    /** The plan a signal of this class follows at the object ({@link ActionPlan#forClass}), if one is set. */
    public Optional<ActionPlan> planFor(String objectId, AlarmClass signal) {
        return Optional.ofNullable(plans.getOrDefault(objectId, Map.of()).get(ActionPlan.forClass(signal)));
    }
}
