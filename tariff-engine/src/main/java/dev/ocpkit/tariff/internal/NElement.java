package dev.ocpkit.tariff.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A tariff element: its index (0-based), components and restrictions, with the first component per dimension. */
public final class NElement {
    private final int index;
    private final List<NComponent> components;
    private final NRestrictions restrictions;
    private final @Nullable NComponent[] firstByDim = new NComponent[Dim.values().length];

    public NElement(int index, List<NComponent> components, NRestrictions restrictions) {
        this.index = index;
        this.components = List.copyOf(components);
        this.restrictions = restrictions;
        for (NComponent c : this.components) {
            if (firstByDim[c.dim().ordinal()] == null) {
                firstByDim[c.dim().ordinal()] = c;
            }
        }
    }

    public int index() {
        return index;
    }

    public List<NComponent> components() {
        return components;
    }

    public NRestrictions restrictions() {
        return restrictions;
    }

    /** The first component of a dimension in this element ("only one Price Component per dimension"). */
    public @Nullable NComponent first(Dim dim) {
        return firstByDim[dim.ordinal()];
    }
}
