//! Settling deliveries on a consumer channel: which acknowledgements to send, and when, so that
//! many can go in one `basic.ack` with `multiple` without acknowledging anything still in flight.
//!
//! Items finish out of order (screening runs in parallel, confirms arrive when they arrive). An
//! `ack(tag, multiple)` acknowledges every outstanding delivery up to `tag`, so it is only safe up to
//! just below the oldest delivery not yet settled. [`AckBook`] keeps that watermark; deliveries that
//! finished above it wait a little ([`AckBook::flush`]'s `straggler_after`) in case the watermark
//! passes them, and are then acknowledged one by one, so that one slow item never holds the
//! prefetch window shut.
//!
//! A requeue (`nack`) is sent at once and alone by the caller, before any later multiple-ack: the
//! broker then no longer counts it outstanding. RabbitMQ refuses (closing the channel) a multiple-ack
//! whose own tag is not outstanding, so the multiple-ack always names a delivery being acknowledged.
//!
//! Pure bookkeeping: no I/O, no clock of its own (callers pass `now`).

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

/// Delivery tags received and not yet settled, and settled ones whose ack is not yet sent.
#[derive(Debug, Default)]
pub struct AckBook {
    unsettled: BTreeSet<u64>,
    /// Tag -> when it was settled.
    to_ack: BTreeMap<u64, Instant>,
}

/// Acknowledgements to send now, in this order.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct AckPlan {
    /// `basic.ack(tag, multiple = true)`: everything outstanding up to this tag.
    pub multiple: Option<u64>,
    /// `basic.ack(tag, multiple = false)` for each.
    pub single: Vec<u64>,
}

impl AckPlan {
    /// Nothing to send.
    pub fn is_empty(&self) -> bool {
        self.multiple.is_none() && self.single.is_empty()
    }
}

impl AckBook {
    /// A delivery arrived; it must be reported before it is settled.
    pub fn received(&mut self, tag: u64) {
        self.unsettled.insert(tag);
    }

    /// The delivery is done and should be acknowledged.
    pub fn settle_ack(&mut self, tag: u64, now: Instant) {
        if self.unsettled.remove(&tag) {
            self.to_ack.insert(tag, now);
        }
    }

    /// The delivery was requeued (or rejected) by the caller, which already sent that alone.
    pub fn settle_nack(&mut self, tag: u64) {
        self.unsettled.remove(&tag);
    }

    /// The deliveries still unsettled, ascending, now settled as requeued: what a lane whose session
    /// failed gives back with one `basic.nack(tag, requeue = true)` each, rather than leaving them
    /// to the broker until the connection is gone (a connection whose close fails can hold them
    /// until the heartbeat times out). Call after the last [`AckBook::flush`], whose
    /// acknowledgements go first.
    pub fn give_back(&mut self) -> Vec<u64> {
        std::mem::take(&mut self.unsettled).into_iter().collect()
    }

    /// Deliveries not yet settled.
    pub fn in_flight(&self) -> usize {
        self.unsettled.len()
    }

    /// Acknowledgements waiting to be sent.
    pub fn waiting(&self) -> usize {
        self.to_ack.len()
    }

    /// What to send now: one multiple-ack for everything below the oldest unsettled delivery, and
    /// single acks for deliveries above it settled at least `straggler_after` ago.
    pub fn flush(&mut self, now: Instant, straggler_after: Duration) -> AckPlan {
        let watermark = self.unsettled.first().copied().unwrap_or(u64::MAX);
        let above = self.to_ack.split_off(&watermark);
        let below = std::mem::replace(&mut self.to_ack, above);
        let multiple = below.keys().next_back().copied();
        let mut single = Vec::new();
        self.to_ack.retain(|tag, settled| {
            if now.saturating_duration_since(*settled) >= straggler_after {
                single.push(*tag);
                false
            } else {
                true
            }
        });
        AckPlan { multiple, single }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    enum Step {
        Recv(u64),
        Ack(u64),
        Nack(u64),
        /// Flush after this much time since the start; expect (multiple, singles).
        Flush(u64, Option<u64>, &'static [u64]),
    }
    use Step::*;

    fn run(steps: &[Step]) {
        let t0 = Instant::now();
        let mut book = AckBook::default();
        let mut now = t0;
        for (i, s) in steps.iter().enumerate() {
            match s {
                Recv(t) => book.received(*t),
                Ack(t) => book.settle_ack(*t, now),
                Nack(t) => book.settle_nack(*t),
                Flush(ms, multiple, single) => {
                    now = t0 + Duration::from_millis(*ms);
                    let plan = book.flush(now, Duration::from_millis(20));
                    assert_eq!(
                        plan,
                        AckPlan {
                            multiple: *multiple,
                            single: single.to_vec()
                        },
                        "step {i}"
                    );
                }
            }
        }
    }

    #[test]
    fn in_order_completions_go_out_as_one_multiple_ack() {
        run(&[
            Recv(1),
            Recv(2),
            Recv(3),
            Ack(1),
            Ack(2),
            Ack(3),
            Flush(0, Some(3), &[]),
            Flush(1, None, &[]),
        ]);
    }

    #[test]
    fn nothing_at_or_above_an_unsettled_delivery_is_covered() {
        run(&[
            Recv(1),
            Recv(2),
            Recv(3),
            Recv(4),
            Ack(1),
            Ack(3),
            Ack(4),
            Flush(0, Some(1), &[]),
            // 2 still in flight: 3 and 4 wait, then go alone.
            Flush(10, None, &[]),
            Flush(25, None, &[3, 4]),
            Ack(2),
            Flush(26, Some(2), &[]),
        ]);
    }

    #[test]
    fn the_watermark_passing_stragglers_batches_them() {
        run(&[
            Recv(1),
            Recv(2),
            Recv(3),
            Ack(2),
            Ack(3),
            Flush(5, None, &[]),
            Ack(1),
            Flush(6, Some(3), &[]),
        ]);
    }

    #[test]
    fn a_requeued_delivery_is_never_the_multiple_ack_tag() {
        // 3 was nacked alone before this flush: the multiple-ack names 2, the last acknowledged.
        run(&[
            Recv(1),
            Recv(2),
            Recv(3),
            Ack(1),
            Ack(2),
            Nack(3),
            Flush(0, Some(2), &[]),
        ]);
        run(&[Recv(1), Recv(2), Nack(1), Nack(2), Flush(0, None, &[])]);
        run(&[
            Recv(1),
            Recv(2),
            Recv(3),
            Nack(1),
            Ack(2),
            Nack(3),
            Flush(0, Some(2), &[]),
        ]);
    }

    /// A failed session's lane acknowledges what was done and requeues the rest, each once.
    #[test]
    fn what_is_unsettled_at_the_end_is_given_back_once() {
        let now = Instant::now();
        let mut book = AckBook::default();
        for t in 1..=5 {
            book.received(t);
        }
        book.settle_ack(1, now);
        book.settle_ack(4, now);
        book.settle_nack(2);
        let plan = book.flush(now, Duration::ZERO);
        assert_eq!(
            plan,
            AckPlan {
                multiple: Some(1),
                single: vec![4]
            }
        );
        assert_eq!(book.give_back(), [3, 5]);
        assert_eq!(book.in_flight(), 0);
        assert!(book.give_back().is_empty());
        assert!(book.flush(now, Duration::ZERO).is_empty());
    }

    #[test]
    fn settling_an_unknown_tag_changes_nothing() {
        run(&[
            Recv(1),
            Ack(7),
            Flush(100, None, &[]),
            Ack(1),
            Flush(100, Some(1), &[]),
        ]);
    }
}
