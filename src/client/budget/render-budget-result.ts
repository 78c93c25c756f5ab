/**
 * The budget tool's answer: what is left each month, the offer to each lender (a list, so a
 * phone reads each debt top to bottom), and one printable 财务状况说明 per lender, built from
 * buildStatement(). Browser only; the numbers come from computeBudget(). Its sentences stay
 * here, beside the DOM they fill, like the other tools' result builders: moving them into
 * src/ui/ as an object of functions added about 1 kB to the tool's script.
 */
import { buildStatement, formatFen, type BudgetResult } from '@/calculator/budget';
import { el } from '../shared/el';
import { sourcePath, templatePath } from '@/utils/paths';

export function renderBudgetResult(output: HTMLElement, r: BudgetResult): void {
  output.replaceChildren();
  const card = el('div', undefined, 'rounded-md border-2 border-brand-600 p-4 dark:border-brand-300');
  card.dataset.available = String(r.availableFen);
  const lead = el('p', undefined, 'text-lg');
  if (r.availableFen <= 0) {
    lead.append('扣除基本生活开支后，每月', el('strong', '没有余钱'), '可以还债。');
    card.append(lead, el('p', '这种情况下，可以把下面的说明交给各家，申请暂缓还款或降低月供；收入恢复后再协商。不要为了还一家去借另一家。', 'mt-2'));
  } else {
    lead.append('扣除基本生活开支后，每月可以拿出', el('strong', `${formatFen(r.availableFen)}元`), '还债。');
    card.append(lead);
    if (r.priorityShortfallFen > 0)
      card.append(
        el(
          'p',
          `这还不够按合同付有抵押的贷款和法院执行中的欠款（差${formatFen(r.priorityShortfallFen)}元），请尽快联系这些机构协商。`,
          'mt-2 font-semibold text-red-800 dark:text-red-300',
        ),
      );
    if (r.surplusFen > 0) card.append(el('p', `按合同付完所有月供后每月还剩${formatFen(r.surplusFen)}元。`, 'mt-2'));
  }
  // A list rather than a table: on a phone each debt reads top to bottom without sideways scrolling.
  const ol = el('ol', undefined, 'mt-4 space-y-3');
  r.debts.forEach((d, i) => {
    const li = el('li', undefined, 'border-t border-slate-200 pt-3 dark:border-slate-700');
    li.dataset.offer = String(d.offerFen);
    const head = el('p', undefined, 'font-semibold');
    head.append(
      `${i + 1}. ${d.lender}（${d.severity.name}）：每月`,
      el('strong', `${formatFen(d.offerFen)}元`),
      d.monthsToRepay ? `，约${d.monthsToRepay}个月还清` : '',
    );
    li.append(head);
    li.append(
      el(
        'p',
        `剩余欠款${formatFen(d.balanceFen)}元${d.monthlyFen > 0 ? `，合同月供${formatFen(d.monthlyFen)}元` : ''}${d.daysOverdue ? `，已逾期${d.daysOverdue}天` : ''}${d.court ? '，法院已判决或在执行' : ''}。${d.basis === 'priority' ? '优先按合同月供安排。' : '按欠款比例分配。'}`,
        'text-sm',
      ),
    );
    const why = el('p', d.severity.reason, 'muted text-sm');
    const src = el('a', `依据：${d.severity.article}`);
    src.href = sourcePath(d.severity.sources[0]);
    why.append(' ', src);
    li.append(why);
    ol.append(li);
  });
  card.append(ol);

  const statements = el('div', undefined, 'mt-6');
  statements.append(el('p', '给每一家的财务状况说明', 'text-lg font-semibold'));
  const hint = el('p', undefined, 'text-sm');
  const tpl = el('a', '协商还款申请书');
  tpl.href = templatePath('negotiation-request');
  hint.append('打印后附在', tpl, '后面；申请书的“还款方案”一栏可以照抄每份说明最后的方案。');
  statements.append(hint);
  r.debts.forEach((d) => {
    const s = buildStatement(r, d);
    const art = el('article', undefined, 'budget-statement mt-4 rounded-md border border-slate-300 p-4 dark:border-slate-600');
    art.dataset.statementFor = d.lender;
    art.append(el('p', '财务状况说明', 'text-center text-lg font-bold'), el('p', `${s.to}：`, 'mt-2'), el('p', s.intro, 'mt-1'));
    const t = el('table', undefined, 'mt-2 w-full text-sm');
    s.budgetRows.forEach(([k, v]) => {
      const tr = el('tr');
      tr.append(el('td', k, 'py-0.5 pr-2'), el('td', `${v}元`, 'py-0.5 text-right'));
      t.append(tr);
    });
    art.append(t);
    const dt = el('table', undefined, 'mt-3 w-full text-sm');
    const dh = el('tr');
    ['债权人', '类型', '剩余欠款', '合同月供', '每月方案'].forEach((h) => {
      dh.append(el('th', h, 'py-0.5 pr-2 text-left'));
    });
    dt.append(dh);
    s.debtRows.forEach((cells) => {
      const tr = el('tr');
      cells.forEach((c) => {
        tr.append(el('td', c, 'py-0.5 pr-2'));
      });
      dt.append(tr);
    });
    const dtWrap = el('div', undefined, 'overflow-x-auto');
    dtWrap.append(dt);
    art.append(
      dtWrap,
      el('p', s.method, 'mt-2 text-sm'),
      el('p', `给贵司的还款方案：${s.proposal}`, 'mt-2 font-semibold'),
      el('p', '本人承诺以上情况属实，可以提供收入和支出的证明材料。', 'mt-2'),
      el('p', '本人签名：__________　　日期：__________', 'mt-4'),
    );
    const print = el('button', `只打印给“${d.lender}”的说明`, 'btn no-print mt-3');
    print.type = 'button';
    print.dataset.action = 'print-one';
    art.append(print);
    statements.append(art);
  });
  card.append(statements);
  const printAll = el('button', '打印全部', 'btn no-print mt-4');
  printAll.type = 'button';
  printAll.dataset.action = 'print-all';
  card.append(printAll);
  output.append(card);
}
