package dev.ocpkit.ocpi.model.mapping;

import static dev.ocpkit.ocpi.model.mapping.Trees.array;
import static dev.ocpkit.ocpi.model.mapping.Trees.numberToPrice;
import static dev.ocpkit.ocpi.model.mapping.Trees.priceToNumber;
import static dev.ocpkit.ocpi.model.mapping.Trees.put;
import static dev.ocpkit.ocpi.model.mapping.Trees.rename;
import static dev.ocpkit.ocpi.model.mapping.Trees.text;
import static dev.ocpkit.ocpi.model.mapping.Trees.tree;

import dev.ocpkit.ocpi.model.OcpiJson;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts OCPI objects between 2.1.1 and 2.2.1. OCPI 2.1.1 objects do not say which party owns them, so the upgrade
 * takes the owner's {@code country_code} and {@code party_id}. Converted objects are not validated: run
 * {@link dev.ocpkit.ocpi.model.OcpiValidator} on the result, which reports fields the source version did not have but
 * the target requires.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class V211V221 {
    private static final OcpiJson J211 = OcpiJson.v211();
    private static final OcpiJson J221 = OcpiJson.v221();

    private V211V221() {}

    // ------------------------------------------------------------------ Location

    /**
     * 2.1.1 to 2.2.1 Location. {@code type} becomes {@code parking_type} ({@code OTHER} and {@code UNKNOWN} have no
     * 2.2.1 counterpart and are dropped); {@code publish} is {@code true} (2.1.1 publishes every location); connector
     * {@code voltage}/{@code amperage} become {@code max_voltage}/{@code max_amperage}, {@code tariff_id} becomes a
     * one-element {@code tariff_ids}.
     */
    public static dev.ocpkit.ocpi.model.v221.Location toV221(
            dev.ocpkit.ocpi.model.v211.Location location, String countryCode, String partyId) {
        return J221.treeToValue(
                location221(tree(J211, location), countryCode, partyId), dev.ocpkit.ocpi.model.v221.Location.class);
    }

    static ObjectNode location221(ObjectNode o, String countryCode, String partyId) {
        ObjectNode out = o.objectNode();
        out.put("country_code", countryCode);
        out.put("party_id", partyId);
        out.setAll(o);
        out.put("publish", true);
        String type = text(o, "type");
        out.remove("type");
        if (type != null && !type.equals("OTHER") && !type.equals("UNKNOWN")) {
            out.put("parking_type", type);
        }
        for (JsonNode evse : array(out, "evses")) {
            for (JsonNode c : array((ObjectNode) evse, "connectors")) {
                connector221((ObjectNode) c);
            }
        }
        return out;
    }

    private static void connector221(ObjectNode c) {
        rename(c, "voltage", "max_voltage");
        rename(c, "amperage", "max_amperage");
        String tariff = text(c, "tariff_id");
        c.remove("tariff_id");
        if (tariff != null) {
            c.putArray("tariff_ids").add(tariff);
        }
    }

    /**
     * 2.2.1 to 2.1.1 Location. Lost: {@code country_code}, {@code party_id}, {@code publish},
     * {@code publish_allowed_to}, connector {@code max_electric_power}, and every tariff id after the first. A missing
     * {@code parking_type} becomes type {@code UNKNOWN}.
     */
    public static dev.ocpkit.ocpi.model.v211.Location toV211(dev.ocpkit.ocpi.model.v221.Location location) {
        return J211.treeToValue(location211(tree(J221, location)), dev.ocpkit.ocpi.model.v211.Location.class);
    }

    static ObjectNode location211(ObjectNode o) {
        o.remove("country_code");
        o.remove("party_id");
        o.remove("publish");
        o.remove("publish_allowed_to");
        String parking = text(o, "parking_type");
        o.remove("parking_type");
        o.put("type", parking == null ? "UNKNOWN" : parking);
        for (JsonNode evse : array(o, "evses")) {
            for (JsonNode c : array((ObjectNode) evse, "connectors")) {
                ObjectNode cn = (ObjectNode) c;
                rename(cn, "max_voltage", "voltage");
                rename(cn, "max_amperage", "amperage");
                cn.remove("max_electric_power");
                JsonNode ids = cn.remove("tariff_ids");
                if (ids instanceof ArrayNode a && !a.isEmpty()) {
                    cn.set("tariff_id", a.get(0));
                }
            }
        }
        return o;
    }

    // ------------------------------------------------------------------ Token

    /**
     * 2.1.1 to 2.2.1 Token: {@code auth_id} becomes {@code contract_id}; the owner is added. A 2.1.1 token type is a
     * subset of 2.2.1's.
     */
    public static dev.ocpkit.ocpi.model.v221.Token toV221(
            dev.ocpkit.ocpi.model.v211.Token token, String countryCode, String partyId) {
        ObjectNode o = tree(J211, token);
        ObjectNode out = o.objectNode();
        out.put("country_code", countryCode);
        out.put("party_id", partyId);
        out.setAll(o);
        rename(out, "auth_id", "contract_id");
        return J221.treeToValue(out, dev.ocpkit.ocpi.model.v221.Token.class);
    }

    /**
     * 2.2.1 to 2.1.1 Token: {@code contract_id} becomes {@code auth_id}. Lost: owner, {@code group_id},
     * {@code default_profile_type}, {@code energy_contract}; the types {@code AD_HOC_USER} and {@code APP_USER} become
     * {@code OTHER}.
     */
    public static dev.ocpkit.ocpi.model.v211.Token toV211(dev.ocpkit.ocpi.model.v221.Token token) {
        ObjectNode o = tree(J221, token);
        o.remove("country_code");
        o.remove("party_id");
        o.remove("group_id");
        o.remove("default_profile_type");
        o.remove("energy_contract");
        rename(o, "contract_id", "auth_id");
        String type = text(o, "type");
        if (type != null && !type.equals("RFID")) {
            o.put("type", "OTHER");
        }
        return J211.treeToValue(o, dev.ocpkit.ocpi.model.v211.Token.class);
    }

    // ------------------------------------------------------------------ Tariff

    /**
     * 2.1.1 to 2.2.1 Tariff: the owner is added; price components get no {@code vat} (unknown, which is not 0%).
     */
    public static dev.ocpkit.ocpi.model.v221.Tariff toV221(
            dev.ocpkit.ocpi.model.v211.Tariff tariff, String countryCode, String partyId) {
        return J221.treeToValue(
                tariff221(tree(J211, tariff), countryCode, partyId), dev.ocpkit.ocpi.model.v221.Tariff.class);
    }

    static ObjectNode tariff221(ObjectNode o, String countryCode, String partyId) {
        ObjectNode out = o.objectNode();
        out.put("country_code", countryCode);
        out.put("party_id", partyId);
        out.setAll(o);
        return out;
    }

    /**
     * 2.2.1 to 2.1.1 Tariff. Lost: owner, {@code type}, {@code min_price}, {@code max_price}, {@code start_date_time},
     * {@code end_date_time}, per-component {@code vat}, and the restrictions {@code min_current}, {@code max_current}
     * and {@code reservation}. An element whose only restriction was {@code reservation} would then apply to every
     * period: such elements are dropped.
     */
    public static dev.ocpkit.ocpi.model.v211.Tariff toV211(dev.ocpkit.ocpi.model.v221.Tariff tariff) {
        return J211.treeToValue(tariff211(tree(J221, tariff)), dev.ocpkit.ocpi.model.v211.Tariff.class);
    }

    static ObjectNode tariff211(ObjectNode o) {
        for (String f : new String[] {
            "country_code", "party_id", "type", "min_price", "max_price", "start_date_time", "end_date_time"
        }) {
            o.remove(f);
        }
        ArrayNode elements = array(o, "elements");
        ArrayNode kept = o.arrayNode();
        for (JsonNode e : elements) {
            ObjectNode el = (ObjectNode) e;
            for (JsonNode pc : array(el, "price_components")) {
                ((ObjectNode) pc).remove("vat");
            }
            JsonNode r = el.get("restrictions");
            if (r instanceof ObjectNode ro) {
                if (ro.has("reservation")) {
                    continue;
                }
                ro.remove("min_current");
                ro.remove("max_current");
            }
            kept.add(el);
        }
        o.set("elements", kept);
        return o;
    }

    // ------------------------------------------------------------------ Session

    /**
     * 2.1.1 to 2.2.1 Session. {@code auth_id} becomes a {@code cdr_token} with that uid and contract id and type
     * {@code OTHER} (2.1.1 does not say); the embedded location becomes {@code location_id}, {@code evse_uid} and
     * {@code connector_id} (its first EVSE and connector); {@code total_cost} becomes a Price without VAT.
     */
    public static dev.ocpkit.ocpi.model.v221.Session toV221(
            dev.ocpkit.ocpi.model.v211.Session session, String countryCode, String partyId) {
        ObjectNode o = tree(J211, session);
        ObjectNode out = o.objectNode();
        out.put("country_code", countryCode);
        out.put("party_id", partyId);
        out.setAll(o);
        rename(out, "start_datetime", "start_date_time");
        rename(out, "end_datetime", "end_date_time");
        tokenFromAuthId(out, countryCode, partyId);
        JsonNode loc = out.remove("location");
        if (loc != null) {
            put(out, "location_id", text(loc, "id"));
            JsonNode evse = first(loc.get("evses"));
            if (evse != null) {
                put(out, "evse_uid", text(evse, "uid"));
                JsonNode c = first(evse.get("connectors"));
                if (c != null) {
                    put(out, "connector_id", text(c, "id"));
                }
            }
        }
        numberToPrice(out, "total_cost");
        return J221.treeToValue(out, dev.ocpkit.ocpi.model.v221.Session.class);
    }

    /**
     * 2.2.1 to 2.1.1 Session. The 2.1.1 Session embeds its Location: pass the 2.2.1 Location the session refers to
     * (only its EVSE and connector are kept). Lost: owner, {@code cdr_token} except its contract id (which becomes
     * {@code auth_id}), {@code authorization_reference}, the VAT-inclusive total cost, charging periods' tariff ids;
     * the auth method {@code COMMAND} becomes {@code AUTH_REQUEST}, status {@code RESERVATION} becomes
     * {@code PENDING}.
     */
    public static dev.ocpkit.ocpi.model.v211.Session toV211(
            dev.ocpkit.ocpi.model.v221.Session session, dev.ocpkit.ocpi.model.v221.Location location) {
        ObjectNode o = tree(J221, session);
        o.remove("country_code");
        o.remove("party_id");
        o.remove("authorization_reference");
        rename(o, "start_date_time", "start_datetime");
        rename(o, "end_date_time", "end_datetime");
        authIdFromToken(o);
        o.set("location", embeddedLocation(location, text(o, "evse_uid"), text(o, "connector_id")));
        o.remove("location_id");
        o.remove("evse_uid");
        o.remove("connector_id");
        priceToNumber(o, "total_cost");
        if ("RESERVATION".equals(text(o, "status"))) {
            o.put("status", "PENDING");
        }
        stripPeriodTariffs(o);
        return J211.treeToValue(o, dev.ocpkit.ocpi.model.v211.Session.class);
    }

    // ------------------------------------------------------------------ CDR

    /**
     * 2.1.1 to 2.2.1 CDR. {@code stop_date_time} becomes {@code end_date_time}; {@code auth_id} a {@code cdr_token} (type
     * {@code OTHER}); the embedded Location a {@code cdr_location} (its first EVSE and connector); {@code total_cost} a
     * Price without VAT; tariffs are converted with the same owner. Not derivable, so absent: {@code session_id},
     * the per-dimension cost totals.
     */
    public static dev.ocpkit.ocpi.model.v221.Cdr toV221(
            dev.ocpkit.ocpi.model.v211.Cdr cdr, String countryCode, String partyId) {
        ObjectNode o = tree(J211, cdr);
        ObjectNode out = o.objectNode();
        out.put("country_code", countryCode);
        out.put("party_id", partyId);
        out.setAll(o);
        rename(out, "stop_date_time", "end_date_time");
        tokenFromAuthId(out, countryCode, partyId);
        JsonNode loc = out.remove("location");
        if (loc instanceof ObjectNode l) {
            ObjectNode cl = out.putObject("cdr_location");
            for (String f : new String[] {"id", "name", "address", "city", "postal_code", "country"}) {
                JsonNode v = l.get(f);
                if (v != null) {
                    cl.set(f, v);
                }
            }
            if (l.get("coordinates") != null) {
                cl.set("coordinates", l.get("coordinates"));
            }
            JsonNode evse = first(l.get("evses"));
            if (evse != null) {
                put(cl, "evse_uid", text(evse, "uid"));
                put(cl, "evse_id", text(evse, "evse_id"));
                JsonNode c = first(evse.get("connectors"));
                if (c != null) {
                    put(cl, "connector_id", text(c, "id"));
                    put(cl, "connector_standard", text(c, "standard"));
                    put(cl, "connector_format", text(c, "format"));
                    put(cl, "connector_power_type", text(c, "power_type"));
                }
            }
        }
        numberToPrice(out, "total_cost");
        ArrayNode tariffs = out.arrayNode();
        for (JsonNode t : array(out, "tariffs")) {
            tariffs.add(tariff221((ObjectNode) t, countryCode, partyId));
        }
        out.set("tariffs", tariffs);
        return J221.treeToValue(out, dev.ocpkit.ocpi.model.v221.Cdr.class);
    }

    /**
     * 2.2.1 to 2.1.1 CDR. The {@code cdr_location} becomes an embedded Location with one EVSE (status
     * {@code UNKNOWN}) and one connector (without voltage and amperage, which the CDR does not carry: the validator
     * reports them). Lost: owner, {@code session_id}, {@code cdr_token} except its contract id, {@code signed_data},
     * the VAT-inclusive and per-dimension costs, {@code invoice_reference_id}, {@code credit},
     * {@code credit_reference_id}, {@code home_charging_compensation}; tariffs lose what {@link #toV211(dev.ocpkit.ocpi.model.v221.Tariff)}
     * loses.
     */
    public static dev.ocpkit.ocpi.model.v211.Cdr toV211(dev.ocpkit.ocpi.model.v221.Cdr cdr) {
        ObjectNode o = tree(J221, cdr);
        for (String f : new String[] {
            "country_code",
            "party_id",
            "session_id",
            "authorization_reference",
            "signed_data",
            "total_fixed_cost",
            "total_energy_cost",
            "total_time_cost",
            "total_parking_cost",
            "total_reservation_cost",
            "invoice_reference_id",
            "credit",
            "credit_reference_id",
            "home_charging_compensation"
        }) {
            o.remove(f);
        }
        rename(o, "end_date_time", "stop_date_time");
        authIdFromToken(o);
        JsonNode cl = o.remove("cdr_location");
        if (cl instanceof ObjectNode c) {
            ObjectNode loc = o.putObject("location");
            for (String f : new String[] {"id", "name", "address", "city", "postal_code", "country", "coordinates"}) {
                JsonNode v = c.get(f);
                if (v != null) {
                    loc.set(f, v);
                }
            }
            loc.put("type", "UNKNOWN");
            ObjectNode evse = loc.putArray("evses").addObject();
            put(evse, "uid", text(c, "evse_uid"));
            put(evse, "evse_id", text(c, "evse_id"));
            evse.put("status", "UNKNOWN");
            ObjectNode connector = evse.putArray("connectors").addObject();
            put(connector, "id", text(c, "connector_id"));
            put(connector, "standard", text(c, "connector_standard"));
            put(connector, "format", text(c, "connector_format"));
            put(connector, "power_type", text(c, "connector_power_type"));
            put(connector, "last_updated", text(o, "last_updated"));
            put(evse, "last_updated", text(o, "last_updated"));
            put(loc, "last_updated", text(o, "last_updated"));
        }
        priceToNumber(o, "total_cost");
        ArrayNode tariffs = o.arrayNode();
        for (JsonNode t : array(o, "tariffs")) {
            tariffs.add(tariff211((ObjectNode) t));
        }
        o.set("tariffs", tariffs);
        stripPeriodTariffs(o);
        return J211.treeToValue(o, dev.ocpkit.ocpi.model.v211.Cdr.class);
    }

    // ------------------------------------------------------------------ Credentials

    /**
     * 2.1.1 to 2.2.1 Credentials: the single party becomes one {@code roles} entry with the given role (2.1.1 does not
     * say which role the party plays).
     */
    public static dev.ocpkit.ocpi.model.v221.Credentials toV221(
            dev.ocpkit.ocpi.model.v211.Credentials credentials, String role) {
        Objects.requireNonNull(role, "role");
        ObjectNode o = tree(J211, credentials);
        ObjectNode out = o.objectNode();
        out.set("token", o.get("token"));
        out.set("url", o.get("url"));
        ObjectNode r = out.putArray("roles").addObject();
        r.put("role", role);
        if (o.get("business_details") != null) {
            r.set("business_details", o.get("business_details"));
        }
        put(r, "party_id", text(o, "party_id"));
        put(r, "country_code", text(o, "country_code"));
        return J221.treeToValue(out, dev.ocpkit.ocpi.model.v221.Credentials.class);
    }

    /**
     * 2.2.1 to 2.1.1 Credentials: the first role's party is kept (2.1.1 has one party per credentials). Lost: the other
     * roles and the role name.
     */
    public static dev.ocpkit.ocpi.model.v211.Credentials toV211(dev.ocpkit.ocpi.model.v221.Credentials credentials) {
        ObjectNode o = tree(J221, credentials);
        ObjectNode out = o.objectNode();
        out.set("token", o.get("token"));
        out.set("url", o.get("url"));
        JsonNode r = first(o.get("roles"));
        if (r != null) {
            if (r.get("business_details") != null) {
                out.set("business_details", r.get("business_details"));
            }
            put(out, "party_id", text(r, "party_id"));
            put(out, "country_code", text(r, "country_code"));
        }
        return J211.treeToValue(out, dev.ocpkit.ocpi.model.v211.Credentials.class);
    }

    // ------------------------------------------------------------------ helpers

    private static void tokenFromAuthId(ObjectNode o, String countryCode, String partyId) {
        String authId = text(o, "auth_id");
        o.remove("auth_id");
        if (authId != null) {
            ObjectNode t = o.putObject("cdr_token");
            t.put("country_code", countryCode);
            t.put("party_id", partyId);
            t.put("uid", authId);
            t.put("type", "OTHER");
            t.put("contract_id", authId);
        }
    }

    private static void authIdFromToken(ObjectNode o) {
        JsonNode t = o.remove("cdr_token");
        if (t != null) {
            put(o, "auth_id", text(t, "contract_id") != null ? text(t, "contract_id") : text(t, "uid"));
        }
        if ("COMMAND".equals(text(o, "auth_method"))) {
            o.put("auth_method", "AUTH_REQUEST");
        }
    }

    private static void stripPeriodTariffs(ObjectNode o) {
        for (JsonNode p : array(o, "charging_periods")) {
            ((ObjectNode) p).remove("tariff_id");
        }
    }

    private static ObjectNode embeddedLocation(
            dev.ocpkit.ocpi.model.v221.Location location, @Nullable String evseUid, @Nullable String connectorId) {
        ObjectNode loc = location211(tree(J221, location));
        ArrayNode evses = loc.arrayNode();
        for (JsonNode e : array(loc, "evses")) {
            if (evseUid == null || evseUid.equals(text(e, "uid"))) {
                ArrayNode connectors = loc.arrayNode();
                for (JsonNode c : array((ObjectNode) e, "connectors")) {
                    if (connectorId == null || connectorId.equals(text(c, "id"))) {
                        connectors.add(c);
                    }
                }
                ((ObjectNode) e).set("connectors", connectors);
                evses.add(e);
            }
        }
        loc.set("evses", evses);
        return loc;
    }

    private static @Nullable JsonNode first(@Nullable JsonNode array) {
        return array != null && array.isArray() && !array.isEmpty() ? array.get(0) : null;
    }
}
