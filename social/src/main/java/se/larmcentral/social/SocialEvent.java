package se.larmcentral.social;

import se.larmcentral.core.DomainEvent;

/** Everything the social module records. Renaming a record is a journal format change. */
public sealed interface SocialEvent extends DomainEvent
        permits JourDefined, JourChanged, AgreementAdded, AgreementEnded, ScheduleSet, AgreementTextsSet, OneOffChangeAdded,
        OneOffChangeRemoved, RosterShiftsAdded, RosterReplaced, DirectNumberAssigned, DirectNumberRemoved,
        NoAgreementPolicyAdded, CallRouted, CustomerDefined {
}
