package dev.ocpkit.ocpi.server;

/**
 * The common parent of every service interface of this module (one per OCPI module and role, in the version
 * packages). Implement one or several of those, not this interface directly; {@link
 * OcpiDispatcher.Builder#service(OcpiService)} binds every module interface an object implements.
 *
 * @since 0.1
 */
public interface OcpiService {}
