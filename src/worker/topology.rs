//! Declares the broker layout of contract §6, idempotently: every worker and every `enqueue` runs
//! it on connecting, so the first one to arrive creates it and the rest find it as it is.
//!
//! Declaring an existing queue with other arguments (another delivery limit, a classic queue of the
//! same name) is refused by the broker with `PRECONDITION_FAILED`; this module does not delete or
//! change anything that exists. Change arguments of live queues with a broker policy instead.
//!
//! Every queue is a durable quorum queue, so that on a cluster each is replicated and survives the
//! loss of a minority of nodes. The input queues carry a delivery limit and dead-letter to the dead
//! exchange with the `at-least-once` strategy (which needs `x-overflow = reject-publish`), so that a
//! message the broker dead-letters is removed from its queue only once the dead queue has it.

use super::config::Topology;
use crate::item::{Kind, Route};
use lapin::options::{ExchangeDeclareOptions, QueueBindOptions, QueueDeclareOptions};
use lapin::types::{AMQPValue, FieldTable, LongString};
use lapin::{Channel, ExchangeKind};

fn durable_exchange() -> ExchangeDeclareOptions {
    ExchangeDeclareOptions {
        durable: true,
        ..ExchangeDeclareOptions::default()
    }
}

fn durable_queue() -> QueueDeclareOptions {
    QueueDeclareOptions {
        durable: true,
        ..QueueDeclareOptions::default()
    }
}

fn text(s: &str) -> AMQPValue {
    AMQPValue::LongString(LongString::from(s))
}

/// Arguments of an output, dead-letter or audit queue.
fn quorum_args() -> FieldTable {
    let mut args = FieldTable::default();
    args.insert("x-queue-type".into(), text("quorum"));
    args
}

/// Arguments of an input queue: quorum, delivery limit, dead-lettering.
pub fn input_queue_args(t: &Topology) -> FieldTable {
    let mut args = quorum_args();
    args.insert(
        "x-delivery-limit".into(),
        AMQPValue::LongLongInt(i64::from(t.delivery_limit)),
    );
    args.insert("x-dead-letter-exchange".into(), text(&t.dead_exchange));
    args.insert("x-dead-letter-strategy".into(), text("at-least-once"));
    args.insert("x-overflow".into(), text("reject-publish"));
    args
}

/// Declares exchanges, queues and bindings. Safe to run any number of times, by any number of
/// processes at once.
///
/// # Errors
/// The broker's error: connection loss, or `PRECONDITION_FAILED` (406) when a name exists with other
/// arguments or of another type (the channel is then closed).
pub async fn declare(ch: &Channel, t: &Topology) -> lapin::Result<()> {
    // The dead-letter side first: the input queues name its exchange.
    declare_fanout(ch, &t.dead_exchange, &t.dead_queue).await?;
    declare_fanout(ch, &t.audit_exchange, &t.audit_queue).await?;

    ch.exchange_declare(
        t.input_exchange.as_str().into(),
        ExchangeKind::Direct,
        durable_exchange(),
        FieldTable::default(),
    )
    .await?;
    for kind in [Kind::Draft, Kind::Comment] {
        let q = t.input_queue(kind);
        ch.queue_declare(q.into(), durable_queue(), input_queue_args(t))
            .await?;
        ch.queue_bind(
            q.into(),
            t.input_exchange.as_str().into(),
            kind.as_str().into(),
            QueueBindOptions::default(),
            FieldTable::default(),
        )
        .await?;
    }

    ch.exchange_declare(
        t.review_exchange.as_str().into(),
        ExchangeKind::Topic,
        durable_exchange(),
        FieldTable::default(),
    )
    .await?;
    // One queue per route, bound with its exact key: every verdict's key `<kind>.<route>` has a
    // queue, so none is unroutable while the layout stands.
    for route in Route::ALL {
        let q = t.review_queue(route);
        ch.queue_declare(q.as_str().into(), durable_queue(), quorum_args())
            .await?;
        ch.queue_bind(
            q.as_str().into(),
            t.review_exchange.as_str().into(),
            format!("{}.{}", route.kind(), route).into(),
            QueueBindOptions::default(),
            FieldTable::default(),
        )
        .await?;
    }
    Ok(())
}

async fn declare_fanout(ch: &Channel, exchange: &str, queue: &str) -> lapin::Result<()> {
    ch.exchange_declare(
        exchange.into(),
        ExchangeKind::Fanout,
        durable_exchange(),
        FieldTable::default(),
    )
    .await?;
    ch.queue_declare(queue.into(), durable_queue(), quorum_args())
        .await?;
    ch.queue_bind(
        queue.into(),
        exchange.into(),
        "".into(),
        QueueBindOptions::default(),
        FieldTable::default(),
    )
    .await
}
