/**
 * The OCPP 2.x device model: components and variables with their attributes and characteristics.
 *
 * <p>Station side: {@link dev.ocpkit.ocpp.devicemodel.DeviceModel} holds the variables in memory,
 * {@link dev.ocpkit.ocpp.devicemodel.StandardDeviceModel} creates one with the standard controller components
 * (OCPPCommCtrlr, TxCtrlr, SampledDataCtrlr, AlignedDataCtrlr, AuthCtrlr, SecurityCtrlr, DeviceDataCtrlr,
 * SmartChargingCtrlr, ClockCtrlr, ChargingStation / EVSE / Connector), and
 * {@link dev.ocpkit.ocpp.devicemodel.DeviceModelHandlers} answers GetVariables, SetVariables and GetBaseReport for
 * OCPP 2.0.1 and 2.1. CSMS side: {@link dev.ocpkit.ocpp.devicemodel.DeviceModelClient} reads and writes a station's
 * variables over either version.
 */
@NullMarked
package dev.ocpkit.ocpp.devicemodel;

import org.jspecify.annotations.NullMarked;
