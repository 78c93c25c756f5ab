/**
 * Client side of <BudgetTool>. Privacy: nothing is sent anywhere, nothing is put in the
 * address, and nothing is written to localStorage unless the reader ticks “保存在这台设备上”;
 * unticking it or “清除本机数据” removes what was stored.
 */
import {
  buildStatement,
  computeBudget,
  ESSENTIALS,
  formatFen,
  readBudgetFile,
  writeBudgetFile,
  type BudgetInput,
  type BudgetResult,
  type DebtInput,
  type DebtSeverity,
} from '@/calculator/budget';
import { downloadFile } from '../shared/download-file';
import { el } from '../shared/el';
import { clearErrors, showErrors } from '../shared/show-errors';
import { sourcePath, templatePath } from '@/utils/paths';

export const STORAGE_KEY = 'yuqi-cuishou-budget';
const DEBT_FIELDS = ['lender', 'type', 'balance', 'monthly', 'daysOverdue'] as const;

export function mountBudgetTools(): void {
  const root = document.querySelector<HTMLElement>('[data-tool-widget="budget"]');
  if (root) mount(root);
}

function mount(root: HTMLElement): void {
  const { severities } = JSON.parse(root.querySelector('[data-bg-data]')!.textContent!) as { severities: DebtSeverity[] };
  const form = root.querySelector<HTMLFormElement>('[data-bg-form]')!;
  const list = form.querySelector<HTMLOListElement>('[data-bg-debts]')!;
  const template = form.querySelector<HTMLTemplateElement>('[data-bg-debt-template]')!;
  const output = root.querySelector<HTMLElement>('[data-tool-result]')!;
  const status = form.querySelector<HTMLElement>('[data-bg-status]')!;
  const remember = form.querySelector<HTMLInputElement>('[data-bg-remember]')!;
  const field = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  let counter = 0;

  const renumber = () => {
    [...list.children].forEach((li, i) => {
      (li.querySelector('[data-bg-debt-title]') as HTMLElement).textContent = `第${i + 1}笔欠款`;
      DEBT_FIELDS.forEach((f) => {
        (li.querySelector(`[name="${f}"]`) as HTMLElement).dataset.field = `debts.${i}.${f}`;
      });
    });
  };

  const addDebt = (d?: DebtInput) => {
    const li = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    const n = ++counter;
    li.querySelectorAll<HTMLLabelElement>('label[data-for]').forEach((label) => {
      const input = li.querySelector<HTMLInputElement>(`[name="${label.dataset.for}"]`)!;
      input.id = `bg-d${n}-${label.dataset.for}`;
      label.htmlFor = input.id;
    });
    if (d) {
      DEBT_FIELDS.forEach((f) => {
        (li.querySelector(`[name="${f}"]`) as HTMLInputElement).value = d[f];
      });
      li.querySelector<HTMLInputElement>('[name="court"]')!.checked = d.court;
    }
    list.append(li);
    renumber();
    return li;
  };

  const read = (): BudgetInput => ({
    income: field('income').value,
    essentials: Object.fromEntries(ESSENTIALS.map((id) => [id, field(`essentials.${id}`).value])),
    debts: [...list.children].map((li) => {
      const v = (name: string) => li.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      return {
        lender: v('lender').value,
        type: v('type').value,
        balance: v('balance').value,
        monthly: v('monthly').value,
        daysOverdue: v('daysOverdue').value,
        court: v('court').checked,
      };
    }),
  });

  const fill = (input: BudgetInput) => {
    field('income').value = input.income;
    ESSENTIALS.forEach((id) => {
      field(`essentials.${id}`).value = input.essentials[id] ?? '';
    });
    list.replaceChildren();
    input.debts.forEach((d) => {
      addDebt(d);
    });
    if (input.debts.length === 0) addDebt();
  };

  const store = () => {
    if (!remember.checked) return;
    try {
      localStorage.setItem(STORAGE_KEY, writeBudgetFile(read(), new Date().toISOString()));
    } catch {
      status.textContent = '这台设备不允许保存，可以改用“导出为文件”。';
    }
  };
  const forget = () => {
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      /* storage unavailable: nothing was stored */
    }
  };

  const renderResult = (r: BudgetResult) => {
    clearErrors(form);
    output.replaceChildren();
    const card = el('div', undefined, 'rounded-md border-2 border-brand-600 p-4 dark:border-brand-300');
    card.dataset.available = String(r.availableFen);
    const lead = el('p', undefined, 'text-lg');
    if (r.availableFen <= 0) {
      lead.append('扣除基本生活开支后，每月', el('strong', '没有余钱'), '可以还债。');
      card.append(lead, el('p', '这种情况下，可以把下面的说明交给各家，申请暂缓还款或降低月供；收入恢复后再协商。不要为了还一家去借另一家。', 'mt-2'));
    } else {
      lead.append('扣除基本生活开支后，每月可以拿出 ', el('strong', `${formatFen(r.availableFen)} 元`), ' 还债。');
      card.append(lead);
      if (r.priorityShortfallFen > 0)
        card.append(
          el(
            'p',
            `这还不够按合同付有抵押的贷款和法院执行中的欠款（差 ${formatFen(r.priorityShortfallFen)} 元），请尽快联系这些机构协商。`,
            'mt-2 font-semibold text-red-800 dark:text-red-300',
          ),
        );
      if (r.surplusFen > 0) card.append(el('p', `按合同付完所有月供后每月还剩 ${formatFen(r.surplusFen)} 元。`, 'mt-2'));
    }
    // A list rather than a table: on a phone each debt reads top to bottom without sideways scrolling.
    const ol = el('ol', undefined, 'mt-4 space-y-3');
    r.debts.forEach((d, i) => {
      const li = el('li', undefined, 'border-t border-slate-200 pt-3 dark:border-slate-700');
      li.dataset.offer = String(d.offerFen);
      const head = el('p', undefined, 'font-semibold');
      head.append(
        `${i + 1}. ${d.lender}（${d.severity.name}）：每月 `,
        el('strong', `${formatFen(d.offerFen)} 元`),
        d.monthsToRepay ? `，约${d.monthsToRepay}个月还清` : '',
      );
      li.append(head);
      li.append(
        el(
          'p',
          `剩余欠款 ${formatFen(d.balanceFen)} 元${d.monthlyFen > 0 ? `，合同月供 ${formatFen(d.monthlyFen)} 元` : ''}${d.daysOverdue ? `，已逾期${d.daysOverdue}天` : ''}${d.court ? '，法院已判决或在执行' : ''}。${d.basis === 'priority' ? '优先按合同月供安排。' : '按欠款比例分配。'}`,
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
        tr.append(el('td', k, 'py-0.5 pr-2'), el('td', `${v} 元`, 'py-0.5 text-right'));
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
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const outcome = computeBudget(read(), severities);
    if (outcome.ok) renderResult(outcome.result);
    else showErrors(output, form, outcome.errors);
    store();
    output.focus();
  });
  form.addEventListener('input', store);

  remember.addEventListener('change', () => {
    if (remember.checked) {
      store();
      status.textContent = '已保存在这台设备上。用完请点“清除本机数据”。';
    } else {
      forget();
      status.textContent = '已从这台设备上删除。';
    }
  });

  root.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const action = button.dataset.action;
    if (action === 'add-debt') addDebt().querySelector<HTMLInputElement>('[name="lender"]')!.focus();
    if (action === 'remove-debt') {
      button.closest('li')!.remove();
      if (list.children.length === 0) addDebt();
      renumber();
      store();
    }
    if (action === 'clear') {
      forget();
      remember.checked = false;
      form.reset();
      fill({ income: '', essentials: {}, debts: [] });
      output.replaceChildren();
      status.textContent = '已清除：这台设备上没有保存任何数据，表格也已清空。';
    }
    if (action === 'export') {
      downloadFile(writeBudgetFile(read(), new Date().toISOString()), '我的还款预算.json', 'application/json');
      status.textContent = '已导出。文件里有你的收入和欠款，请妥善保管。';
    }
    if (action === 'print-all') window.print();
    if (action === 'print-one') {
      const target = button.closest<HTMLElement>('.budget-statement')!;
      target.setAttribute('data-printing', '');
      document.documentElement.classList.add('print-one');
      window.addEventListener(
        'afterprint',
        () => {
          target.removeAttribute('data-printing');
          document.documentElement.classList.remove('print-one');
        },
        { once: true },
      );
      window.print();
    }
  });

  form.querySelector<HTMLInputElement>('[data-bg-import]')!.addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const out = readBudgetFile(await file.text());
    (event.target as HTMLInputElement).value = '';
    if (!out.ok) {
      status.textContent = out.message;
      return;
    }
    fill(out.input);
    store();
    status.textContent = `已导入 ${out.input.debts.length} 笔欠款。`;
  });

  // Only a reader who opted in before has anything stored.
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    saved = null;
  }
  const restored = saved ? readBudgetFile(saved) : null;
  if (restored?.ok) {
    remember.checked = true;
    fill(restored.input);
    status.textContent = '已填入你上次保存在这台设备上的数据。';
  } else {
    addDebt();
    addDebt();
  }
}
