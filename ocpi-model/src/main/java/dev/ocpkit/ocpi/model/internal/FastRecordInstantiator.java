package dev.ocpkit.ocpi.model.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;

/**
 * Calls the canonical constructor of ocpkit's model records through a spreader method handle built once per type.
 * Jackson 3.0 calls creators with {@code MethodHandle.invokeWithArguments}, which builds a spreader on every call;
 * for records with many components that was a third of the binding time.
 */
final class FastRecordInstantiator extends StdValueInstantiator {
    private static final long serialVersionUID = 1L;

    private final transient MethodHandle constructor;
    private final transient Constructor<?> canonical;

    private FastRecordInstantiator(StdValueInstantiator base, Constructor<?> canonical, MethodHandle constructor) {
        super(base);
        this.canonical = canonical;
        this.constructor = constructor;
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
        if (_withArgsCreator == null || !canonical.equals(_withArgsCreator.getAnnotated())) {
            return super.createFromObjectWith(ctxt, args);
        }
        try {
            return (Object) constructor.invokeExact(args);
        } catch (Throwable t) {
            throw rewrapCtorProblem(ctxt, t);
        }
    }

    /** Installs the fast instantiator for public records in the {@code dev.ocpkit.ocpi.model} packages. */
    static final class Installer extends ValueInstantiators.Base {
        @Override
        public ValueInstantiator modifyValueInstantiator(
                DeserializationConfig config,
                BeanDescription.Supplier beanDesc,
                ValueInstantiator defaultInstantiator) {
            Class<?> type = beanDesc.getBeanClass();
            if (!type.isRecord()
                    || !type.getName().startsWith("dev.ocpkit.ocpi.model.")
                    || defaultInstantiator.getClass() != StdValueInstantiator.class) {
                return defaultInstantiator;
            }
            Constructor<?> canonical = canonical(type);
            if (canonical == null) {
                return defaultInstantiator;
            }
            try {
                MethodHandle mh = MethodHandles.publicLookup()
                        .unreflectConstructor(canonical)
                        .asSpreader(Object[].class, canonical.getParameterCount())
                        .asType(MethodType.methodType(Object.class, Object[].class));
                return new FastRecordInstantiator((StdValueInstantiator) defaultInstantiator, canonical, mh);
            } catch (IllegalAccessException e) {
                return defaultInstantiator;
            }
        }

        private static @Nullable Constructor<?> canonical(Class<?> type) {
            RecordComponent[] rcs = type.getRecordComponents();
            Class<?>[] params = new Class<?>[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                params[i] = rcs[i].getType();
            }
            try {
                return type.getConstructor(params);
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    }
}
