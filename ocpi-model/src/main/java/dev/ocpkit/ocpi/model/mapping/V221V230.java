package dev.ocpkit.ocpi.model.mapping;

import static dev.ocpkit.ocpi.model.mapping.Trees.array;
import static dev.ocpkit.ocpi.model.mapping.Trees.text;
import static dev.ocpkit.ocpi.model.mapping.Trees.tree;

import dev.ocpkit.ocpi.model.OcpiJson;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts OCPI objects between 2.2.1 and 2.3.0. The main difference is money: a 2.2.1 {@code Price} has
 * {@code excl_vat} and {@code incl_vat}; a 2.3.0 {@code Price} has {@code before_taxes} and a list of {@code taxes};
 * tariff price limits are {@code PriceLimit}s ({@code before_taxes}, {@code after_taxes}) and a tariff says whether its
 * prices include taxes ({@code tax_included}).
 *
 * <p>Upgrading, {@code incl_vat} becomes one tax named {@code VAT} whose amount is the difference; a 2.2.1 tariff's
 * prices exclude VAT, so {@code tax_included} is {@code NO}. Downgrading, {@code incl_vat} is {@code before_taxes} plus
 * every tax amount (tax names, percentages and account numbers are lost) and everything 2.3.0 added is dropped, as
 * each method lists. Converted objects are not validated: run {@link dev.ocpkit.ocpi.model.OcpiValidator} on them.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class V221V230 {
    private static final OcpiJson J221 = OcpiJson.v221();
    private static final OcpiJson J230 = OcpiJson.v230();
    private static final List<String> PRICE_FIELDS = List.of(
            "total_cost",
            "total_fixed_cost",
            "total_energy_cost",
            "total_time_cost",
            "total_parking_cost",
            "total_reservation_cost");

    private V221V230() {}

    /** 2.2.1 to 2.3.0 Location: nothing is lost; the 2.3.0 additions stay absent. */
    public static dev.ocpkit.ocpi.model.v230.Location toV230(dev.ocpkit.ocpi.model.v221.Location location) {
        return J230.treeToValue(tree(J221, location), dev.ocpkit.ocpi.model.v230.Location.class);
    }

    /**
     * 2.3.0 to 2.2.1 Location. Lost: {@code parking_places}, {@code help_phone}, EVSE {@code parking} and
     * {@code accepted_service_providers}, connector {@code capabilities}. Connector types new in 2.3.0 (e.g.
     * {@code SAE_J3400}, {@code MCS}) are kept as raw strings, which the 2.2.1 validator reports.
     */
    public static dev.ocpkit.ocpi.model.v221.Location toV221(dev.ocpkit.ocpi.model.v230.Location location) {
        return J221.treeToValue(tree(J230, location), dev.ocpkit.ocpi.model.v221.Location.class);
    }

    /** 2.2.1 to 2.3.0 Session: {@code total_cost} becomes a taxed Price. */
    public static dev.ocpkit.ocpi.model.v230.Session toV230(dev.ocpkit.ocpi.model.v221.Session session) {
        ObjectNode o = tree(J221, session);
        pricesTo230(o);
        return J230.treeToValue(o, dev.ocpkit.ocpi.model.v230.Session.class);
    }

    /** 2.3.0 to 2.2.1 Session: {@code total_cost} becomes excl/incl VAT (tax details are lost). */
    public static dev.ocpkit.ocpi.model.v221.Session toV221(dev.ocpkit.ocpi.model.v230.Session session) {
        ObjectNode o = tree(J230, session);
        pricesTo221(o);
        return J221.treeToValue(o, dev.ocpkit.ocpi.model.v221.Session.class);
    }

    /** 2.2.1 to 2.3.0 CDR: every cost total becomes a taxed Price; tariffs as {@link #toV230(dev.ocpkit.ocpi.model.v221.Tariff)}. */
    public static dev.ocpkit.ocpi.model.v230.Cdr toV230(dev.ocpkit.ocpi.model.v221.Cdr cdr) {
        ObjectNode o = tree(J221, cdr);
        pricesTo230(o);
        ArrayNode tariffs = o.arrayNode();
        for (JsonNode t : array(o, "tariffs")) {
            tariffs.add(tariffTo230((ObjectNode) t));
        }
        o.set("tariffs", tariffs);
        return J230.treeToValue(o, dev.ocpkit.ocpi.model.v230.Cdr.class);
    }

    /**
     * 2.3.0 to 2.2.1 CDR. Lost: {@code booking_id}, tax details of every total; tariffs as
     * {@link #toV221(dev.ocpkit.ocpi.model.v230.Tariff)}.
     */
    public static dev.ocpkit.ocpi.model.v221.Cdr toV221(dev.ocpkit.ocpi.model.v230.Cdr cdr) {
        ObjectNode o = tree(J230, cdr);
        o.remove("booking_id");
        pricesTo221(o);
        ArrayNode tariffs = o.arrayNode();
        for (JsonNode t : array(o, "tariffs")) {
            tariffs.add(tariffTo221((ObjectNode) t));
        }
        o.set("tariffs", tariffs);
        return J221.treeToValue(o, dev.ocpkit.ocpi.model.v221.Cdr.class);
    }

    /**
     * 2.2.1 to 2.3.0 Tariff: {@code min_price}/{@code max_price} become PriceLimits, {@code tax_included} is
     * {@code NO} (2.2.1 prices exclude VAT; the per-component {@code vat} stays).
     */
    public static dev.ocpkit.ocpi.model.v230.Tariff toV230(dev.ocpkit.ocpi.model.v221.Tariff tariff) {
        return J230.treeToValue(tariffTo230(tree(J221, tariff)), dev.ocpkit.ocpi.model.v230.Tariff.class);
    }

    /**
     * 2.3.0 to 2.2.1 Tariff. Lost: {@code tax_included} (a tariff whose prices include taxes cannot be said in 2.2.1:
     * the prices are carried over unchanged, so check {@code tax_included} before downgrading), {@code
     * preauthorize_amount}, the {@code booking} restriction.
     */
    public static dev.ocpkit.ocpi.model.v221.Tariff toV221(dev.ocpkit.ocpi.model.v230.Tariff tariff) {
        return J221.treeToValue(tariffTo221(tree(J230, tariff)), dev.ocpkit.ocpi.model.v221.Tariff.class);
    }

    /** 2.2.1 to 2.3.0 Token: nothing is lost. */
    public static dev.ocpkit.ocpi.model.v230.Token toV230(dev.ocpkit.ocpi.model.v221.Token token) {
        return J230.treeToValue(tree(J221, token), dev.ocpkit.ocpi.model.v230.Token.class);
    }

    /** 2.3.0 to 2.2.1 Token: the 2.3.0 type {@code EMAID} (and any other type 2.2.1 lacks) becomes {@code OTHER}. */
    public static dev.ocpkit.ocpi.model.v221.Token toV221(dev.ocpkit.ocpi.model.v230.Token token) {
        ObjectNode o = tree(J230, token);
        String type = text(o, "type");
        if (type != null
                && dev.ocpkit.ocpi.model.v221.TokenType.fromValue(type)
                        == dev.ocpkit.ocpi.model.v221.TokenType.UNRECOGNIZED) {
            o.put("type", "OTHER");
        }
        return J221.treeToValue(o, dev.ocpkit.ocpi.model.v221.Token.class);
    }

    /**
     * 2.2.1 to 2.3.0 Credentials. OCPI 2.3.0 has no {@code HUB} role (its Role enum lists CPO, EMSP, NAP, NSP, OTHER,
     * SCSP and PTP): such a role is carried over as the raw string, which the 2.3.0 validator reports, so that the
     * caller decides.
     */
    public static dev.ocpkit.ocpi.model.v230.Credentials toV230(dev.ocpkit.ocpi.model.v221.Credentials credentials) {
        return J230.treeToValue(tree(J221, credentials), dev.ocpkit.ocpi.model.v230.Credentials.class);
    }

    /** 2.3.0 to 2.2.1 Credentials. Lost: {@code hub_party_id}. */
    public static dev.ocpkit.ocpi.model.v221.Credentials toV221(dev.ocpkit.ocpi.model.v230.Credentials credentials) {
        return J221.treeToValue(tree(J230, credentials), dev.ocpkit.ocpi.model.v221.Credentials.class);
    }

    // ------------------------------------------------------------------ money

    private static void pricesTo230(ObjectNode o) {
        for (String f : PRICE_FIELDS) {
            JsonNode p = o.get(f);
            if (p instanceof ObjectNode price) {
                o.set(f, priceTo230(price));
            }
        }
    }

    private static void pricesTo221(ObjectNode o) {
        for (String f : PRICE_FIELDS) {
            JsonNode p = o.get(f);
            if (p instanceof ObjectNode price) {
                o.set(f, priceTo221(price));
            }
        }
    }

    static ObjectNode priceTo230(ObjectNode p) {
        ObjectNode out = p.objectNode();
        JsonNode excl = p.get("excl_vat");
        JsonNode incl = p.get("incl_vat");
        if (excl != null) {
            out.set("before_taxes", excl);
        }
        if (excl != null && incl != null && incl.isNumber() && excl.isNumber()) {
            ObjectNode vat = out.putArray("taxes").addObject();
            vat.put("name", "VAT");
            vat.put("amount", incl.decimalValue().subtract(excl.decimalValue()));
        }
        return out;
    }

    static ObjectNode priceTo221(ObjectNode p) {
        ObjectNode out = p.objectNode();
        JsonNode before = p.get("before_taxes");
        if (before != null) {
            out.set("excl_vat", before);
        }
        JsonNode taxes = p.get("taxes");
        if (before != null && before.isNumber() && taxes instanceof ArrayNode list && !list.isEmpty()) {
            BigDecimal total = before.decimalValue();
            for (JsonNode t : list) {
                JsonNode amount = t.get("amount");
                if (amount != null && amount.isNumber()) {
                    total = total.add(amount.decimalValue());
                }
            }
            out.put("incl_vat", total);
        }
        return out;
    }

    private static ObjectNode tariffTo230(ObjectNode t) {
        for (String f : new String[] {"min_price", "max_price"}) {
            JsonNode p = t.get(f);
            if (p instanceof ObjectNode price) {
                ObjectNode limit = t.objectNode();
                if (price.get("excl_vat") != null) {
                    limit.set("before_taxes", price.get("excl_vat"));
                }
                if (price.get("incl_vat") != null) {
                    limit.set("after_taxes", price.get("incl_vat"));
                }
                t.set(f, limit);
            }
        }
        t.put("tax_included", "NO");
        return t;
    }

    private static ObjectNode tariffTo221(ObjectNode t) {
        t.remove("tax_included");
        t.remove("preauthorize_amount");
        for (String f : new String[] {"min_price", "max_price"}) {
            JsonNode p = t.get(f);
            if (p instanceof ObjectNode limit) {
                ObjectNode price = t.objectNode();
                if (limit.get("before_taxes") != null) {
                    price.set("excl_vat", limit.get("before_taxes"));
                }
                if (limit.get("after_taxes") != null) {
                    price.set("incl_vat", limit.get("after_taxes"));
                }
                t.set(f, price);
            }
        }
        for (JsonNode e : array(t, "elements")) {
            JsonNode r = e.get("restrictions");
            if (r instanceof ObjectNode ro) {
                ro.remove("booking");
            }
        }
        return t;
    }
}
